// Staff: group the opinions residents sent into themes, answer each theme (tiếp thu, giải trình,
// chuyển cơ quan có thẩm quyền) and have a leader approve the answers before results are published.
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ForbiddenNotice } from "@/components/forbidden-notice";
import { can } from "@/domain/roles";
import { isForbidden, orNavigate } from "@/server/api/page-guard";
import { loadConsultationPage } from "../load";
import { ThemesWorkspace } from "./workspace";
import "./themes.css";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

const CHANNEL_ORDER = ["ONLINE", "PAPER_BALLOT", "MEETING", "WRITTEN", "SUGGESTION_BOX"];

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await loadConsultationPage((await params).id);
  const t = await getTranslations("themes");
  return { title: isForbidden(page) ? t("title") : t("metaTitle", { title: page.c.title }) };
}

export default async function ThemesPage({ params }: Props) {
  const page = await loadConsultationPage((await params).id);
  if (isForbidden(page)) return <ForbiddenNotice />;
  const { caller, c, me } = page;
  const themes = await orNavigate(() => caller.theme.list({ consultationId: c.id }));
  if (isForbidden(themes)) return <ForbiddenNotice />;
  const t = await getTranslations();
  const base = `/console/consultations/${encodeURIComponent(c.id)}`;
  const questions = c.questions.map((q) => ({ id: q.id, position: q.position, text: q.text }));
  const areas = c.areas.map((a) => ({ id: a.neighbourhoodId, name: a.neighbourhoodName }));
  const channels = CHANNEL_ORDER.filter((ch) => (c.channels as readonly string[]).includes(ch));
  return (
    <article className="detail th" aria-labelledby="th-title">
      <p className="detail-back">
        <Link href={base}>← {t("themes.back")}</Link>
      </p>
      <header className="detail-head">
        <p className="detail-head__meta">
          <span className={`badge badge--${c.status.toLowerCase()}`}>{t(`status.${c.status}`)}</span>
          <span>{c.title}</span>
        </p>
        <div className="detail-head__title">
          <h1 id="th-title">{t("themes.title")}</h1>
        </div>
      </header>
      <ThemesWorkspace
        consultationId={c.id}
        consultationHref={base}
        initial={themes}
        questions={questions}
        areas={areas}
        channels={channels}
        mayManage={can(me.role, "theme.manage")}
        mayApprove={can(me.role, "theme.approve")}
      />
    </article>
  );
}
