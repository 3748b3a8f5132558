"use client";
// The fields an account's create and edit forms share: name, title (which decides a leader's
// signature block on records), role, and the neighbourhood a head is in charge of.
import { useTranslations } from "next-intl";
import { STAFF_ROLES, type CommuneStaffRoleName } from "@/domain/roles";
import { described, FieldError } from "@/components/console/form-kit";

export type AccountValues = {
  fullName: string;
  title: string;
  role: CommuneStaffRoleName;
  neighbourhoodId: string | null;
};
export type NeighbourhoodOption = { id: string; name: string };

export const ACCOUNT_FIELDS = ["fullName", "title", "role", "neighbourhoodId"] as const;

type Props = {
  uid: string;
  values: AccountValues;
  onChange: (values: AccountValues) => void;
  errors: Record<string, string | undefined>;
  neighbourhoods: NeighbourhoodOption[];
  autoFocus?: boolean;
};

export function AccountFields({ uid, values, onChange, errors, neighbourhoods, autoFocus }: Props) {
  const t = useTranslations("admin.staff.fields");
  const tr = useTranslations("role");
  const set = <K extends keyof AccountValues>(key: K, value: AccountValues[K]) => onChange({ ...values, [key]: value });
  return (
    <>
      <div className="field">
        <label className="field__label" htmlFor={`${uid}-fullName`}>
          {t("fullName")}
        </label>
        <input
          id={`${uid}-fullName`}
          name="fullName"
          autoComplete="off"
          maxLength={120}
          required
          autoFocus={autoFocus}
          value={values.fullName}
          onChange={(e) => set("fullName", e.target.value)}
          {...described(errors.fullName, `${uid}-fullName-error`)}
        />
        <FieldError id={`${uid}-fullName-error`} message={errors.fullName} />
      </div>
      <div className="field">
        <label className="field__label" htmlFor={`${uid}-jobTitle`}>
          {t("title")}
        </label>
        <input
          id={`${uid}-jobTitle`}
          name="title"
          autoComplete="off"
          maxLength={120}
          value={values.title}
          onChange={(e) => set("title", e.target.value)}
          {...described(errors.title, `${uid}-jobTitle-error`, `${uid}-jobTitle-hint`)}
        />
        <p id={`${uid}-jobTitle-hint`} className="hint">
          {t("titleHint")}
        </p>
        <FieldError id={`${uid}-jobTitle-error`} message={errors.title} />
      </div>
      <div className="field">
        <label className="field__label" htmlFor={`${uid}-role`}>
          {t("role")}
        </label>
        <select
          id={`${uid}-role`}
          name="role"
          value={values.role}
          onChange={(e) => set("role", e.target.value as CommuneStaffRoleName)}
          {...described(errors.role, `${uid}-role-error`)}
        >
          {STAFF_ROLES.map((role) => (
            <option key={role} value={role}>
              {tr(role)}
            </option>
          ))}
        </select>
        <FieldError id={`${uid}-role-error`} message={errors.role} />
      </div>
      {values.role === "NEIGHBOURHOOD_HEAD" ? (
        <div className="field">
          <label className="field__label" htmlFor={`${uid}-neighbourhood`}>
            {t("neighbourhood")}
          </label>
          <select
            id={`${uid}-neighbourhood`}
            name="neighbourhoodId"
            required
            value={values.neighbourhoodId ?? ""}
            onChange={(e) => set("neighbourhoodId", e.target.value || null)}
            {...described(errors.neighbourhoodId, `${uid}-neighbourhood-error`, `${uid}-neighbourhood-hint`)}
          >
            <option value="">{t("chooseNeighbourhood")}</option>
            {neighbourhoods.map((n) => (
              <option key={n.id} value={n.id}>
                {n.name}
              </option>
            ))}
          </select>
          <p id={`${uid}-neighbourhood-hint`} className="hint">
            {t("neighbourhoodHint")}
          </p>
          <FieldError id={`${uid}-neighbourhood-error`} message={errors.neighbourhoodId} />
        </div>
      ) : null}
    </>
  );
}

/** What the server takes: a neighbourhood only for a head. */
export function accountInput(values: AccountValues) {
  return { ...values, neighbourhoodId: values.role === "NEIGHBOURHOOD_HEAD" ? values.neighbourhoodId : null };
}
