// Public results page: "what we asked, what you said, what we did". Keys must match ./en.ts.
export const resultsVi = {
  title: "Kết quả lấy ý kiến",
};
