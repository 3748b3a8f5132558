// Vietnamese strings of the postings screens.
export const postingsVi = {
  title: "",
};
