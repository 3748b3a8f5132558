import type { GetServerSidePropsContext } from "next";
import { useT } from "@/components/resident/intl";
import { AnswerSummary } from "@/components/resident/answer-summary";
import { getDb } from "@/server/db";
import { ResidentNotFound, ResidentShell } from "@/components/resident/shell";
import { consultationProps, type ConsultationProps, type PageProps } from "@/server/residents/pages";

// Served as HTML alone: no Next.js client runtime (see src/pages/_app.tsx).
export const config = { runtime: "nodejs", unstable_runtimeJS: false };

/** Only an open consultation with a draft that passes every check reaches this page (pages.ts). */
export const getServerSideProps = async (ctx: GetServerSidePropsContext<{ commune: string; id: string }>) =>
  consultationProps(await getDb(), ctx, "review");

export default function ReviewPage(props: PageProps<ConsultationProps>) {
  const t = useT();
  if (!props.found) return <ResidentNotFound />;
  const { view, base } = props;
  const c = view.consultation;
  const page = `${base}/c/${c.id}`;
  return (
    <ResidentShell shell={props.shell} title={t("resident.reviewTitle")}>
      <article>
        <h1>{t("resident.reviewTitle")}</h1>
        <p className="lead">{c.title}</p>
        <AnswerSummary questions={c.questions} answers={view.draft ?? []} />
        <form method="post" action={`${page}/submit`} className="review__actions">
          <button className="button button--primary button--large" type="submit">
            {t("resident.submit")}
          </button>
          <a className="button" href={page}>
            {t("resident.change")}
          </a>
        </form>
      </article>
    </ResidentShell>
  );
}
