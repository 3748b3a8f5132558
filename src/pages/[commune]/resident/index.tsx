import type { GetServerSidePropsContext } from "next";
import { useT } from "@/components/resident/intl";
import { useDates } from "@/components/resident/dates";
import { getDb } from "@/server/db";
import { ResidentNotFound, ResidentShell } from "@/components/resident/shell";
import { HouseholdSignInForm } from "@/components/resident/sign-in-form";
import { homeProps, type HomeProps, type PageProps } from "@/server/residents/pages";

// Served as HTML alone: no Next.js client runtime (see src/pages/_app.tsx). Read statically by the
// build, so it is written out on each page rather than imported.
export const config = { runtime: "nodejs", unstable_runtimeJS: false };

export const getServerSideProps = async (ctx: GetServerSidePropsContext<{ commune: string }>) =>
  homeProps(await getDb(), ctx);

export default function ResidentHomePage(props: PageProps<HomeProps>) {
  if (!props.found) return <ResidentNotFound />;
  return (
    <ResidentShell shell={props.shell}>
      {props.signIn ? (
        <HouseholdSignInForm slug={props.shell.slug} {...props.signIn} />
      ) : (
        <Consultations slug={props.shell.slug} home={props.home} />
      )}
    </ResidentShell>
  );
}

function Consultations({ slug, home }: { slug: string; home: NonNullable<HomeProps["home"]> }) {
  const t = useT();
  const { when } = useDates();
  const { household, consultations } = home;
  const open = consultations.filter((c) => c.status === "OPEN");
  const others = consultations.filter((c) => c.status !== "OPEN");
  return (
    <>
      <h1>{t("resident.title")}</h1>
      <p className="lead">{t("resident.household", { code: household.code, head: household.headName })}</p>
      <h2>{t("resident.openConsultations", { neighbourhood: household.neighbourhood })}</h2>
      {open.length === 0 ? <p>{t("resident.none")}</p> : null}
      <ul className="resident-list">
        {[...open, ...others].map((c) => (
          <li key={c.id} className="card">
            <p className="card__meta">
              <span className={`badge badge--${c.status.toLowerCase()}`}>{t(`status.${c.status}`)}</span>
            </p>
            <h3 className="card__title">
              <a href={`/${slug}/resident/c/${c.id}`}>{c.title}</a>
            </h3>
            {c.response ? (
              <p className="ok-note">
                {t("resident.answeredOn", {
                  channel: t(`channelPhrase.${c.response.channel}`),
                  when: when(c.response.givenAt),
                })}
              </p>
            ) : c.status === "OPEN" && c.closesAt ? (
              <p className="card__period">{t("resident.closesOn", { when: when(c.closesAt) })}</p>
            ) : null}
          </li>
        ))}
      </ul>
    </>
  );
}
