import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { CONSULTATION_STATUSES } from "@/domain/consultation-status";
import { communeDisplayName } from "@/components/commune-name";
import { redirect } from "next/navigation";
import Link from "next/link";
import type { ReactNode } from "react";
import { can, isProvinceRole, type Permission, type Role } from "@/domain/roles";
import { getServerCaller } from "@/server/api/server-caller";
import { orNavigate } from "@/server/api/page-guard";
import type { listPostingsToAct } from "@/server/postings/data";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("console"))("title") };
}

export default async function ConsoleOverview() {
  const caller = await getServerCaller();
  // A province's staff start from the province; a commune's overview once they open one.
  const who = await orNavigate(() => caller.session.me());
  if (!("forbidden" in who) && isProvinceRole(who.role) && !who.commune) redirect("/console/province");
  const data = await orNavigate(() => Promise.all([caller.session.me(), caller.dashboard.home()]));
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  if ("forbidden" in data) return null;
  const [me, home] = data;
  const counts = home.byStatus;
  // What must come down or be replaced on the boards (docs/LAW.md#r17): a count per neighbourhood.
  const postings = can(me.role as Role, "consultation.read") ? await caller.postings.toAct() : null;
  // A head's figures are their own thôn or tổ's (src/domain/staff-scope.ts), and say so.
  const hood = home.neighbourhood;
  const open = (href: string, permission: Permission) => (can(me.role as Role, permission) ? href : undefined);
  return (
    <>
      <h1>{t("console.welcome", { name: me.name })}</h1>
      <p className="lead">
        {t("console.signedInAs", { role: t(`role.${me.role}`), commune: (await communeDisplayName(me.commune)) ?? "" })}
      </p>
      {hood && !hood.name ? <p className="notice">{t("console.noNeighbourhood")}</p> : null}
      {hood?.name ? <p>{t("console.scopeNeighbourhood", { name: hood.name })}</p> : null}
      <ul className="tiles">
        {hood?.name ? (
          <Tile label={t("console.ownNeighbourhood")} value={hood.name} />
        ) : hood ? null : (
          <Tile
            label={t("console.neighbourhoods")}
            value={format.number(home.neighbourhoods)}
            link={open("/console/neighbourhoods", "neighbourhood.read")}
          />
        )}
        <Tile
          label={hood?.name ? t("console.householdsOf", { name: hood.name }) : t("console.households")}
          value={format.number(home.households)}
          link={open("/console/households", "household.read")}
        />
      </ul>
      <h2>{hood?.name ? t("console.statsTitleOf", { name: hood.name }) : t("console.statsTitle")}</h2>
      <ul className="tiles">
        {CONSULTATION_STATUSES.filter((s) => counts[s]).map((s) => (
          <Tile
            key={s}
            label={t(`status.${s}`)}
            value={format.number(counts[s] ?? 0)}
            link={open("/console/consultations", "consultation.read")}
          />
        ))}
      </ul>
      {postings ? <PostingsBlock postings={postings} /> : null}
    </>
  );
}

/** The postings to take down or replace, as a count per neighbourhood and a link to the list. */
async function PostingsBlock({ postings }: { postings: Awaited<ReturnType<typeof listPostingsToAct>> }) {
  const [t, format] = await Promise.all([getTranslations("postings"), getFormatter()]);
  return (
    <section className="home-postings" aria-labelledby="home-postings-title">
      <h2 id="home-postings-title">{t("home.title")}</h2>
      {postings.total === 0 ? (
        <p className="muted">{t("home.allDone")}</p>
      ) : (
        <>
          <ul className="tiles">
            {postings.groups.map((g) => (
              <Tile
                key={g.neighbourhoodId ?? "-"}
                label={g.neighbourhoodName ?? t("communeWide")}
                value={format.number(g.postings.length)}
                link="/console/postings"
              />
            ))}
          </ul>
          <p>
            <Link href="/console/postings">{t("home.link")}</Link>
          </p>
        </>
      )}
    </section>
  );
}

/**
 * One figure on the overview. Where the role may open the list behind it, the whole card is the
 * link (one target, one focus ring, nothing interactive inside it), so it is easy to hit on a phone.
 */
function Tile({ label, value, link }: { label: string; value: ReactNode; link?: string }) {
  const body = (
    <>
      <span className="tile__label">{label}</span>
      <span className="tile__value">{value}</span>
    </>
  );
  return (
    <li>
      {link ? (
        <Link href={link} className="tile tile--link">
          {body}
        </Link>
      ) : (
        <div className="tile">{body}</div>
      )}
    </li>
  );
}
