// What the first-run form shows after a post; shared by the action and the form.
import { SETUP_FIELDS } from "@/domain/commune-setup";

/** The form's fields: the one-time token, then what a new commune needs. */
export const SETUP_FORM_FIELDS = ["token", ...SETUP_FIELDS] as const;
export type SetupFormField = (typeof SETUP_FORM_FIELDS)[number];

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
