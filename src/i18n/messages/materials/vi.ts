// Vietnamese strings of the materials screens.
export const materialsVi = {
  title: "",
};
