// Staff: group the opinions residents sent into themes, answer each theme (tiếp thu, giải trình,
// chuyển cơ quan có thẩm quyền) and have a leader approve the answers before results are published.
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { cache } from "react";
import { ForbiddenNotice } from "@/components/forbidden-notice";
import { can } from "@/domain/roles";
import { isForbidden, orNavigate } from "@/server/api/page-guard";
import { getServerCaller } from "@/server/api/server-caller";
import { ThemesWorkspace } from "./workspace";
import "./themes.css";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

const CHANNEL_ORDER = ["ONLINE", "PAPER_BALLOT", "MEETING", "WRITTEN", "SUGGESTION_BOX"];

const load = cache(async (id: string) => {
  const caller = await getServerCaller();
  const c = await orNavigate(() => caller.consultation.get({ id }));
  const me = await orNavigate(() => caller.session.me());
  const themes = await orNavigate(() => caller.theme.list({ consultationId: id }));
  return { c, me, themes };
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { c } = await load((await params).id);
  const t = await getTranslations("themes");
  return { title: isForbidden(c) ? t("title") : t("metaTitle", { title: c.title }) };
}

export default async function ThemesPage({ params }: Props) {
  const { c, me, themes } = await load((await params).id);
  if (isForbidden(c) || isForbidden(me) || isForbidden(themes)) return <ForbiddenNotice />;
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
