"use client";
// The fields an account's create and edit forms share: name, title (which decides a leader's
// signature block on records), role, and the neighbourhood a head is in charge of.
import { useTranslations } from "next-intl";
import { STAFF_ROLES, type CommuneStaffRoleName } from "@/domain/roles";
import { Field, NamedOptions, type FormKit } from "@/components/console/form-kit";

export type AccountValues = {
  fullName: string;
  title: string;
  role: CommuneStaffRoleName;
  neighbourhoodId: string | null;
};
export type NeighbourhoodOption = { id: string; name: string };

export const ACCOUNT_FIELDS = ["fullName", "title", "role", "neighbourhoodId"] as const;

type Props = {
  kit: FormKit;
  values: AccountValues;
  onChange: (values: AccountValues) => void;
  neighbourhoods: NeighbourhoodOption[];
  autoFocus?: boolean;
};

export function AccountFields({ kit, values, onChange, neighbourhoods, autoFocus }: Props) {
  const t = useTranslations("admin.staff.fields");
  const tr = useTranslations("role");
  const set = <K extends keyof AccountValues>(key: K, value: AccountValues[K]) => onChange({ ...values, [key]: value });
  return (
    <>
      <Field kit={kit} name="fullName" label={t("fullName")}>
        <input
          {...kit.props("fullName")}
          autoComplete="off"
          maxLength={120}
          required
          autoFocus={autoFocus}
          value={values.fullName}
          onChange={(e) => set("fullName", e.target.value)}
        />
      </Field>
      <Field kit={kit} name="title" label={t("title")} hint={t("titleHint")}>
        <input
          {...kit.props("title", true)}
          autoComplete="off"
          maxLength={120}
          value={values.title}
          onChange={(e) => set("title", e.target.value)}
        />
      </Field>
      <Field kit={kit} name="role" label={t("role")}>
        <select
          {...kit.props("role")}
          value={values.role}
          onChange={(e) => set("role", e.target.value as CommuneStaffRoleName)}
        >
          {STAFF_ROLES.map((role) => (
            <option key={role} value={role}>
              {tr(role)}
            </option>
          ))}
        </select>
      </Field>
      {values.role === "NEIGHBOURHOOD_HEAD" ? (
        <Field kit={kit} name="neighbourhoodId" label={t("neighbourhood")} hint={t("neighbourhoodHint")}>
          <select
            {...kit.props("neighbourhoodId", true)}
            required
            value={values.neighbourhoodId ?? ""}
            onChange={(e) => set("neighbourhoodId", e.target.value || null)}
          >
            <NamedOptions items={neighbourhoods} choose={t("chooseNeighbourhood")} />
          </select>
        </Field>
      ) : null}
    </>
  );
}

/** What the server takes: a neighbourhood only for a head. */
export function accountInput(values: AccountValues) {
  return { ...values, neighbourhoodId: values.role === "NEIGHBOURHOOD_HEAD" ? values.neighbourhoodId : null };
}
