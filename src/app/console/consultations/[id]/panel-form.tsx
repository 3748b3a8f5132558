"use client";
// The form a consultation's panels add things with — a document, a posting, a roll change, a
// meeting, a ballot round, a suggestion: its title (which names the form), an optional hint, the
// fields, the server's error, the line saying it went through, and one submit button; and how
// such a form is sent.
import type { UseMutationResult } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useId, useState, type FormEvent, type ReactNode } from "react";
import { Done, type Local } from "@/components/console/form-kit";

/**
 * Sending a panel's form: its own checks first — their messages stand by the fields and nothing
 * is sent — then the mutation. A new try clears the last outcome; success empties the form (a
 * count keeps what was typed, to be read back), keeps the result for the done line and reloads
 * the page's data.
 */
export function usePanelSubmit<TData, TError, TVariables, TContext>(
  mutation: UseMutationResult<TData, TError, TVariables, TContext>,
  { keepValues = false }: { keepValues?: boolean } = {},
) {
  const router = useRouter();
  const [local, setLocal] = useState<Local>({});
  const [outcome, setOutcome] = useState<{ data: TData } | null>(null);
  return {
    /** The form's own messages, by field. */
    local,
    done: outcome !== null,
    result: outcome?.data,
    /** Starts a try with the form's own findings; true when there are none and it may be sent. */
    check(issues: Local) {
      setLocal(issues);
      setOutcome(null);
      mutation.reset();
      return Object.keys(issues).length === 0;
    },
    send(form: HTMLFormElement, variables: TVariables) {
      mutation.mutate(variables, {
        onSuccess: (data) => {
          if (!keepValues) form.reset();
          setOutcome({ data });
          router.refresh();
        },
      });
    },
  };
}

type SubmitProps = {
  label: string;
  /** Shown while the request runs; the button is held meanwhile. */
  pendingLabel: string;
  pending: boolean;
  /** Held for another reason too (nothing to count yet). */
  disabled?: boolean;
  small?: boolean;
};

/** The form's one submit button, in its button row. */
export function SubmitRow({ label, pendingLabel, pending, disabled = false, small = false }: SubmitProps) {
  return (
    <div className="detail-buttons">
      <button
        type="submit"
        className={`button${small ? " button--small" : ""} button--primary`}
        disabled={pending || disabled}
      >
        {pending ? pendingLabel : label}
      </button>
    </div>
  );
}

type PanelFormProps = {
  title: string;
  hint?: string;
  /** An id to link to the form by (#ballot-round). */
  id?: string;
  onSubmit: (e: FormEvent<HTMLFormElement>) => void;
  /** The server's error (the form kit's alert). */
  alert: ReactNode;
  /** What to say once it went through; nothing before. */
  done: ReactNode;
  submit: SubmitProps;
  children: ReactNode;
};

export function PanelForm({ title, hint, id, onSubmit, alert, done, submit, children }: PanelFormProps) {
  const titleId = `${useId()}-title`;
  return (
    <form id={id} className="form detail-form" onSubmit={onSubmit} noValidate aria-labelledby={titleId}>
      <h3 id={titleId} className="detail-form__title">
        {title}
      </h3>
      {hint ? <p className="hint">{hint}</p> : null}
      {children}
      {alert}
      {done ? <Done>{done}</Done> : null}
      <SubmitRow {...submit} />
    </form>
  );
}
