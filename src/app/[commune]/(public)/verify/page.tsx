import type { Metadata } from "next";
import { VerifyView, verifyMetadata, type VerifySearchParams } from "@/components/verify/verify-view";
import { pageCommune } from "@/server/communes/page-commune";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return verifyMetadata();
}

/** A commune's own verification page: only its finalised records are found. */
export default async function CommuneVerifyPage({
  params,
  searchParams,
}: {
  params: Promise<{ commune: string }>;
  searchParams: VerifySearchParams;
}) {
  const commune = await pageCommune((await params).commune);
  return <VerifyView searchParams={searchParams} commune={commune.slug} />;
}
