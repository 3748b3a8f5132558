"use client";
// A password field with its label, hint, error and a "show password" switch. Administrators type a
// password they will hand over in person, so they need to read it back.
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Field, type FormKit } from "./form-kit";

type Props = {
  kit: FormKit;
  name: string;
  label: string;
  hint?: string;
  autoComplete: "current-password" | "new-password";
  value: string;
  onChange: (value: string) => void;
  autoFocus?: boolean;
};

export function PasswordInput({ kit, name, label, hint, autoComplete, value, onChange, autoFocus }: Props) {
  const t = useTranslations("admin.common");
  const [shown, setShown] = useState(false);
  return (
    <Field kit={kit} name={name} label={label} hint={hint}>
      <input
        {...kit.props(name, Boolean(hint))}
        type={shown ? "text" : "password"}
        autoComplete={autoComplete}
        autoCapitalize="off"
        spellCheck={false}
        maxLength={200}
        autoFocus={autoFocus}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
      <label className="check adm-show-password">
        <input type="checkbox" checked={shown} onChange={(e) => setShown(e.target.checked)} />
        <span>{t("showPassword")}</span>
      </label>
    </Field>
  );
}
