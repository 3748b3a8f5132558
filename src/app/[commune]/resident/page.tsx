import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getDates } from "@/components/public/format";
import { residentHome, resolveReturnPath } from "@/domain/return-path";
import { getServerCaller } from "@/server/api/server-caller";
import { pageHousehold } from "./household";
import { HouseholdSignInForm } from "./sign-in-form";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ commune: string }>;
  searchParams: Promise<{ e?: string; code?: string; next?: string | string[] }>;
};

export default async function ResidentPage({ params: route, searchParams }: Props) {
  const [{ commune, actor }, t, { when }, params] = await Promise.all([
    pageHousehold((await route).commune),
    getTranslations(),
    getDates(),
    searchParams,
  ]);
  const next = resolveReturnPath(commune.slug, params.next);
  const target = next === residentHome(commune.slug) ? undefined : next;
  if (!actor) return <HouseholdSignInForm commune={commune.slug} error={params.e} code={params.code} next={target} />;
  // Already signed in: the page the link was for, without asking again.
  if (target) redirect(target);
  const { household, consultations } = await (await getServerCaller()).resident.home();
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
              <Link href={`/${commune.slug}/resident/c/${c.id}`}>{c.title}</Link>
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
