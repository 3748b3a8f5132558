// Vietnamese strings of the contacts screens.
export const contactsVi = {
  title: "",
};
