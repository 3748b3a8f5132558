import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { VERIFY_PARAMS, VerifyView, verifyMetadata, type VerifySearchParams } from "@/components/verify/verify-view";
import { installShape } from "@/server/communes/data";
import { getDb } from "@/server/db";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return verifyMetadata();
}

/**
 * Verification across every commune of the install (a province's site). With one commune it is
 * that commune's page, so old links (/verify?sha256=…) and
 * the install-wide address of a copy (/verify?number=…&year=…&code=…) keep working.
 */
export default async function VerifyPage({ searchParams }: { searchParams: VerifySearchParams }) {
  const shape = await installShape(await getDb());
  if (shape.kind === "single") {
    const params = await searchParams;
    const query = new URLSearchParams();
    for (const key of VERIFY_PARAMS) {
      const v = params[key];
      if (v) query.set(key, Array.isArray(v) ? v[0] : v);
    }
    redirect(`/${shape.slug}/verify${query.size ? `?${query}` : ""}`);
  }
  return <VerifyView searchParams={searchParams} />;
}
