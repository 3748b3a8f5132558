"use client";
// A step that cannot be undone — a lifecycle action, deleting or finalising a draft record,
// removing a posting or a document, approving every waiting response — is asked first: what will
// happen, then "go ahead" (with its busy wording while it runs) or "back". The consultation's
// panels and the record page share it.
import type { FormEvent, ReactNode, Ref } from "react";

type ConfirmButtonsProps = {
  /** Removing and cancelling are red; every other step is the primary button. */
  danger: boolean;
  small?: boolean;
  pending: boolean;
  confirmLabel: string;
  pendingLabel: string;
  backLabel: string;
  onBack: () => void;
  /** Without it, "go ahead" submits the form it stands in. */
  onConfirm?: () => void;
  confirmRef?: Ref<HTMLButtonElement>;
  /** Puts the keyboard on "go ahead" as the step appears. */
  autoFocus?: boolean;
};

/** "Go ahead" and "back", both held while the step runs. */
export function ConfirmButtons({
  danger,
  small = false,
  pending,
  confirmLabel,
  pendingLabel,
  backLabel,
  onBack,
  onConfirm,
  confirmRef,
  autoFocus,
}: ConfirmButtonsProps) {
  const size = small ? " button--small" : "";
  return (
    <>
      <button
        type={onConfirm ? "button" : "submit"}
        ref={confirmRef}
        className={`button${size} ${danger ? "button--danger-solid" : "button--primary"}`}
        disabled={pending}
        onClick={onConfirm}
        autoFocus={autoFocus}
      >
        {pending ? pendingLabel : confirmLabel}
      </button>
      <button type="button" className={`button${size}`} disabled={pending} onClick={onBack}>
        {backLabel}
      </button>
    </>
  );
}

/** The button that opens a confirming step; it reads as pressed while its step is open. */
export function StepButton({
  className,
  open,
  disabled = false,
  describedBy,
  onOpen,
  children,
}: {
  className: string;
  open: boolean;
  disabled?: boolean;
  describedBy?: string;
  onOpen: () => void;
  children: ReactNode;
}) {
  return (
    <button
      type="button"
      className={className}
      aria-pressed={open}
      aria-describedby={describedBy}
      disabled={disabled}
      onClick={onOpen}
    >
      {children}
    </button>
  );
}

/** A removal's buttons: small and red, worded by messages that name them confirmRemove, removing and keep. */
export function removalButtons(t: (key: "confirmRemove" | "removing" | "keep") => string) {
  return {
    danger: true,
    small: true,
    confirmLabel: t("confirmRemove"),
    pendingLabel: t("removing"),
    backLabel: t("keep"),
  };
}

type ConfirmStepProps = Omit<ConfirmButtonsProps, "onConfirm"> & {
  onSubmit: (e: FormEvent) => void;
  /** The question and what it will do; an inline step (a removal reason) goes without. */
  title?: string;
  help?: string;
  /** The step's server error, shown above the buttons. */
  alert: ReactNode;
  /** Fields the step needs, such as a reason. */
  children?: ReactNode;
  inline?: boolean;
};

/** The confirming form: question, help, fields, error, then the two buttons. */
export function ConfirmStep({ onSubmit, title, help, alert, children, inline = false, ...buttons }: ConfirmStepProps) {
  return (
    <form
      className={`form ${inline ? "detail-inline-form" : "detail-actions__confirm"}`}
      onSubmit={onSubmit}
      noValidate
    >
      {title ? <h3 className="detail-actions__confirm-title">{title}</h3> : null}
      {help ? <p className="hint">{help}</p> : null}
      {children}
      {alert}
      <div className="detail-buttons">
        <ConfirmButtons {...buttons} />
      </div>
    </form>
  );
}
