// Vietnamese strings of the outbox screens.
export const outboxVi = {
  title: "",
};
