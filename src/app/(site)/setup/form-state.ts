// What the first-run form shows after a post; shared by the action and the form.
export const SETUP_FORM_FIELDS = [
  "provinceCode",
  "provinceName",
  "communeCode",
  "communeName",
  "communeKind",
  "adminUsername",
  "adminName",
  "adminPassword",
] as const;

export const SETUP_DONE_COOKIE = "ydan-setup-done";

export type SetupFormState =
  | { status: "idle" }
  | { status: "closed" }
  | { status: "refused"; message: string | null; errors: Record<string, string>; values: Record<string, string> }
  | {
      status: "done";
      commune: { label: string; slug: string };
      username: string;
      password: string | null;
    };
