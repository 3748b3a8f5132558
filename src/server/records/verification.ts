// What a finalised record's PDF prints at its foot so a paper copy leads back to the register: the
// commune's own verification address (its host, or the install's /{slug}), the number and year,
// and the content digest (src/domain/record-verification.ts).
import QRCode from "qrcode";
import { verificationLines, verificationUrl, type RecordRef } from "@/domain/record-verification";
import { communeBaseUrl, publicInstallUrl } from "../communes/hosts";
import type { PrintedVerification } from "./pdf";

export function printedVerification(communeSlug: string, ref: RecordRef): PrintedVerification {
  const base = communeBaseUrl(communeSlug, publicInstallUrl());
  return { lines: verificationLines(base, ref), url: verificationUrl(base, ref) };
}

/** The same, for the page of a finalised record, so a copy printed from the browser can be checked too. */
export async function verificationView(communeSlug: string, ref: RecordRef) {
  const printed = printedVerification(communeSlug, ref);
  const qr = await QRCode.toDataURL(printed.url, { errorCorrectionLevel: "M", margin: 1, width: 200 });
  return { ...printed, qr };
}
