"use client";
// The effective date of a neighbourhood change: a date in Vietnam time, required. The input is always
// posted as `effectiveFrom`; `field` is the name the form's errors use for it.
import { useTranslations } from "next-intl";
import { Field, type FormKit } from "@/components/console/form-kit";

export function DateField({
  kit,
  field,
  value,
  onChange,
}: {
  kit: FormKit;
  field: string;
  value: string;
  onChange: (value: string) => void;
}) {
  const t = useTranslations("admin.neighbourhoods");
  return (
    <Field kit={kit} name={field} label={t("effectiveFrom")}>
      <input
        {...kit.control(field)}
        name="effectiveFrom"
        type="date"
        required
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
    </Field>
  );
}
