import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { communeNamer } from "@/components/commune-name";
import { DataTable } from "@/components/console/data-table";
import { FilterSelect, InlineFilter, InlineFilterForm } from "@/components/console/filter-kit";
import { can } from "@/domain/roles";
import { ForbiddenNotice } from "@/components/forbidden-notice";
import { COMMUNE_KIND_FLAGS } from "@/domain/communes";
import { isForbidden, orNavigate } from "@/server/api/page-guard";
import { getServerCaller } from "@/server/api/server-caller";
import { setStaffActiveAction } from "./actions";
import { CreateCommuneForm } from "./create-form";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("province.admin"))("title") };
}

type Props = { searchParams: Promise<{ commune?: string; done?: string; error?: string }> };

/** The province administrator: set up communes, and lock a commune's staff with a reason. */
export default async function ProvinceCommunesPage({ searchParams }: Props) {
  const params = await searchParams;
  const caller = await getServerCaller();
  // Deny by default: the province's readers may read the summary (province.get) but not this page's
  // forms, which only the administrator's procedures would accept.
  const me = await orNavigate(() => caller.session.me());
  if (isForbidden(me) || !can(me.role, "province.manage")) return <ForbiddenNotice />;
  const province = await orNavigate(() => caller.province.get());
  if (isForbidden(province)) return <ForbiddenNotice />;
  const chosen = province.communes.find((c) => c.id === params.commune);
  const staff = chosen ? await orNavigate(() => caller.province.communeStaff({ communeId: chosen.id })) : null;
  const t = await getTranslations();
  const nameOf = await communeNamer();
  const names = new Map(province.communes.map((c) => [c.id, nameOf(c)]));
  const a = (k: string, p?: Record<string, string>) => t(`province.admin.${k}` as never, p as never);
  return (
    <>
      <h1>{a("title")}</h1>
      <p className="lead">{a("lead")}</p>
      <CreateCommuneForm
        text={{
          title: a("createTitle"),
          labels: {
            communeCode: a("communeCode"),
            communeName: a("communeName"),
            communeKind: a("communeKind"),
            adminUsername: a("adminUsername"),
            adminName: a("adminName"),
            adminPassword: a("adminPassword"),
          },
          kinds: Object.entries(COMMUNE_KIND_FLAGS).map(([flag, kind]) => ({
            value: flag,
            label: t(`communeKind.${kind}`),
          })),
          submit: a("create"),
          created: a("created"),
          password: a("generatedPassword"),
        }}
      />

      <section aria-labelledby="staff-title">
        <h2 id="staff-title">
          {chosen ? a("staffTitle", { commune: names.get(chosen.id)! }) : t("province.admin.staffPick")}
        </h2>
        <InlineFilterForm submit={a("staffPick")}>
          <InlineFilter label={t("province.colCommune")}>
            <FilterSelect
              name="commune"
              defaultValue={chosen?.id ?? ""}
              options={province.communes.map((c) => ({ value: c.id, label: `${names.get(c.id)} (${c.code})` }))}
            />
          </InlineFilter>
        </InlineFilterForm>
        {staff && !isForbidden(staff) ? (
          <DataTable columns={[a("colUser"), a("colRole"), a("colState"), a("reason")]} rows={staff.staff}>
            {(s) => (
              <tr key={s.id}>
                <th scope="row">
                  {s.fullName}
                  <br />
                  <span className="muted">{s.username}</span>
                  {params.done === s.id ? <p role="status">{a("done", { username: s.username })}</p> : null}
                </th>
                <td>{t(`role.${s.role}`)}</td>
                <td>{s.active ? a("active") : a("inactive")}</td>
                <td>
                  <form action={setStaffActiveAction} className="inline-form">
                    <input type="hidden" name="communeId" value={chosen!.id} />
                    <input type="hidden" name="staffId" value={s.id} />
                    <input type="hidden" name="active" value={s.active ? "0" : "1"} />
                    <label>
                      <span className="visually-hidden">{a("reason")}</span>
                      <input
                        name="reason"
                        required
                        maxLength={500}
                        aria-invalid={params.error === s.id ? true : undefined}
                      />
                    </label>{" "}
                    <button className="button button--small" type="submit">
                      {s.active ? a("deactivate") : a("reactivate")}
                    </button>
                    {params.error === s.id ? (
                      <p className="field__error" role="alert">
                        {t("province.errors.reasonRequired")}
                      </p>
                    ) : null}
                  </form>
                </td>
              </tr>
            )}
          </DataTable>
        ) : null}
      </section>
    </>
  );
}
