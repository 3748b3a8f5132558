// Staff: group the opinions residents sent into themes, answer each theme (tiếp thu, giải trình,
// chuyển cơ quan có thẩm quyền) and have a leader approve the answers before results are published.
import { getTranslations } from "next-intl/server";
import { ConsultationSubPageHeader } from "@/components/console/consultation-page-header";
import { ForbiddenNotice } from "@/components/forbidden-notice";
import { can } from "@/domain/roles";
import { isForbidden } from "@/server/api/page-guard";
import { consultationSubPageMetadata, loadConsultationPageWith } from "../load";
import { ThemesWorkspace } from "./workspace";
import "./themes.css";

export const dynamic = "force-dynamic";

const CHANNEL_ORDER = ["ONLINE", "PAPER_BALLOT", "MEETING", "WRITTEN", "SUGGESTION_BOX"];

export const generateMetadata = consultationSubPageMetadata("themes");

export default async function ThemesPage({ params }: { params: Promise<{ id: string }> }) {
  const page = await loadConsultationPageWith((await params).id, ({ caller, c }) =>
    caller.theme.list({ consultationId: c.id }),
  );
  if (isForbidden(page)) return <ForbiddenNotice />;
  const { c, me, data: themes } = page;
  const t = await getTranslations();
  const base = `/console/consultations/${encodeURIComponent(c.id)}`;
  const questions = c.questions.map((q) => ({ id: q.id, position: q.position, text: q.text }));
  const areas = c.areas.map((a) => ({ id: a.neighbourhoodId, name: a.neighbourhoodName }));
  const channels = CHANNEL_ORDER.filter((ch) => (c.channels as readonly string[]).includes(ch));
  return (
    <article className="detail th" aria-labelledby="th-title">
      <ConsultationSubPageHeader
        consultation={c}
        back={{ href: base, label: t("themes.back") }}
        titleId="th-title"
        title={t("themes.title")}
      />
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
