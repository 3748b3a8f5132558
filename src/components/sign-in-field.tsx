// A sign-in form's field and its error line, shared by the staff and household forms. The label
// wraps its input, so the pair needs no ids; while the form shows an error, every field is marked.
import type { InputHTMLAttributes } from "react";

type Props = InputHTMLAttributes<HTMLInputElement> & { label: string; invalid: boolean; errorId?: string };

export function SignInField({ label, invalid, errorId, ...input }: Props) {
  return (
    <label className="field">
      <span className="field__label">{label}</span>
      <input
        {...input}
        required
        aria-invalid={invalid ? true : undefined}
        aria-describedby={invalid ? errorId : undefined}
      />
    </label>
  );
}

export function SignInError({ id, message }: { id?: string; message: string | null }) {
  if (!message) return null;
  return (
    <p id={id} className="form__error" role="alert">
      {message}
    </p>
  );
}
