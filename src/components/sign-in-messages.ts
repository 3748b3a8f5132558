// What a refused sign-in says, on the staff form (JavaScript, next-auth) and the household form (a
// plain post) alike: the sign-in rules' codes INVALID, LOCKED, INACTIVE and REQUIRED, each with its
// message. The texts arrive translated, with {remaining} and {minutes} left for the code's number.
export type CredentialsFormText = {
  submit: string;
  submitting: string;
  required: string;
  invalid: string;
  locked: string;
  inactive: string;
  failed: string;
};

/** The message for a refusal code and its number (attempts left, or minutes locked). */
export function signInMessage(code: string, value: string, text: CredentialsFormText): string {
  switch (code) {
    case "INVALID":
      return text.invalid.replace("{remaining}", () => value);
    case "LOCKED":
      return text.locked.replace("{minutes}", () => value);
    case "INACTIVE":
      return text.inactive;
    case "REQUIRED":
      return text.required;
    default:
      return text.failed;
  }
}
