"use client";
import { useTranslations } from "next-intl";

export function PrintListButton() {
  const t = useTranslations("outbox.print");
  return (
    <button type="button" className="button button--primary print-hide" onClick={() => window.print()}>
      {t("printButton")}
    </button>
  );
}
