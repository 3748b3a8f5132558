"use client";
// The effective date of a neighbourhood change: a date in Vietnam time, required.
import { useTranslations } from "next-intl";
import { described, FieldError } from "@/components/console/form-kit";

export function DateField({
  id,
  value,
  onChange,
  error,
}: {
  id: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
}) {
  const t = useTranslations("admin.neighbourhoods");
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {t("effectiveFrom")}
      </label>
      <input
        id={id}
        name="effectiveFrom"
        type="date"
        required
        value={value}
        onChange={(e) => onChange(e.target.value)}
        {...described(error, `${id}-error`)}
      />
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}
