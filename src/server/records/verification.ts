// What a finalised record's PDF prints at its foot so a paper copy leads back to the register: the
// commune's own verification address (its host, or the install's /{slug}), the number and year,
// and the content digest (src/domain/record-verification.ts).
import { verificationLines, verificationUrl, type RecordRef } from "@/domain/record-verification";
import { communeBaseUrl, publicInstallUrl } from "../communes/hosts";
import type { PrintedVerification } from "./pdf";

export function printedVerification(communeSlug: string, ref: RecordRef): PrintedVerification {
  const base = communeBaseUrl(communeSlug, publicInstallUrl());
  return { lines: verificationLines(base, ref), url: verificationUrl(base, ref) };
}
