"use client";
import { useTranslations } from "next-intl";

/** Translates a message key and its params, a param "@channel.X" being itself a message key. */
export function useIssueText() {
  const t = useTranslations();
  return (key: string, params: Record<string, string | number> = {}) => {
    const resolved = Object.fromEntries(
      Object.entries(params).map(([k, v]) => [
        k,
        typeof v === "string" && v.startsWith("@") ? t(v.slice(1) as never) : v,
      ]),
    );
    return t(key as never, resolved as never);
  };
}

/** Translates an AppError's key and params as the server's errorFormatter does ("@channel.X" params too). */
export function useAppErrorText() {
  const text = useIssueText();
  return (key: string, params: Record<string, string | number> = {}) => text(`errors.${key}`, params);
}
