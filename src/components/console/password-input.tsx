"use client";
// A password field with its label, hint, error and a "show password" switch. Administrators type a
// password they will hand over in person, so they need to read it back.
import { useTranslations } from "next-intl";
import { useState } from "react";
import { described, FieldError } from "./form-kit";

type Props = {
  id: string;
  name: string;
  label: string;
  hint?: string;
  error?: string;
  autoComplete: "current-password" | "new-password";
  value: string;
  onChange: (value: string) => void;
  autoFocus?: boolean;
};

export function PasswordInput({ id, name, label, hint, error, autoComplete, value, onChange, autoFocus }: Props) {
  const t = useTranslations("admin.common");
  const [shown, setShown] = useState(false);
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        name={name}
        type={shown ? "text" : "password"}
        autoComplete={autoComplete}
        autoCapitalize="off"
        spellCheck={false}
        maxLength={200}
        autoFocus={autoFocus}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        {...described(error, `${id}-error`, hint ? `${id}-hint` : undefined)}
      />
      <label className="check adm-show-password">
        <input type="checkbox" checked={shown} onChange={(e) => setShown(e.target.checked)} />
        <span>{t("showPassword")}</span>
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      ) : null}
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}
