"use client";
import { useFormatter, useTranslations } from "next-intl";
import { dateParts } from "./when";

/** dd/MM/yyyy HH:mm in Vietnam time, for client panels. */
export function useWhen() {
  const format = useFormatter();
  const t = useTranslations("console");
  return (d: Date | string) => t("when", dateParts(format, new Date(d)));
}
