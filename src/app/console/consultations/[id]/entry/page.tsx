import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ForbiddenNotice } from "@/components/forbidden-notice";
import { isForbidden } from "@/server/api/page-guard";
import { loadConsultationPageFor } from "../load";
import { BallotEntry } from "./ballot-entry";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("entry"))("title") };
}

export default async function EntryPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const page = await loadConsultationPageFor(id, "response.record");
  if (isForbidden(page)) return <ForbiddenNotice />;
  const { c } = page;
  const t = await getTranslations("entry");
  const channels = (["PAPER_BALLOT", "WRITTEN"] as const).filter((ch) => c.channels.includes(ch));
  return (
    <>
      <p className="back-link">
        <Link href={`/console/consultations/${id}`}>← {c.title}</Link>
      </p>
      <h1>{t("title")}</h1>
      {c.status !== "OPEN" || channels.length === 0 ? (
        <p className="notice">{t("notOpen")}</p>
      ) : (
        <BallotEntry
          consultationId={id}
          channels={[...channels]}
          questions={c.questions.map((q) => ({
            id: q.id,
            kind: q.kind,
            text: q.text,
            allowComment: q.allowComment,
            options: q.options.map((o) => ({ id: o.id, label: o.label })),
          }))}
        />
      )}
    </>
  );
}
