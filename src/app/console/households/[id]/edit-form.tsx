"use client";
// Administrators correct a household's details; the server checks them again and writes an audit event.
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { described, ErrorAlert, FieldError, NO_ERRORS, useErrorText } from "@/app/console/consultations/[id]/form-bits";
import { useTRPC } from "@/trpc/client";

type Household = { id: string; headName: string; address: string; members: number; phone: string; neighbourhoodId: string };
const FIELDS = ["headName", "address", "members", "phone", "neighbourhoodId"] as const;
type Field = (typeof FIELDS)[number];

export function HouseholdEditForm({ household, neighbourhoods }: { household: Household; neighbourhoods: { id: string; name: string }[] }) {
  const t = useTranslations("households.edit");
  const errorText = useErrorText();
  const router = useRouter();
  const trpc = useTRPC();
  const update = useMutation(trpc.household.update.mutationOptions());
  const [local, setLocal] = useState<Partial<Record<Field, string>>>({});
  const [saved, setSaved] = useState(false);

  const shown = update.error ? errorText(update.error, FIELDS) : NO_ERRORS;
  const error = (f: Field) => local[f] ?? shown.fields[f];

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const value = (f: Field) => String(data.get(f) ?? "");
    const members = Number(value("members").trim());
    const issues: Partial<Record<Field, string>> = {};
    if (!value("headName").trim()) issues.headName = t("headNameRequired");
    if (!Number.isInteger(members) || members < 1 || members > 99) issues.members = t("membersInvalid");
    setLocal(issues);
    setSaved(false);
    update.reset();
    if (Object.keys(issues).length) return;
    update.mutate(
      { id: household.id, headName: value("headName"), address: value("address"), members, phone: value("phone"), neighbourhoodId: value("neighbourhoodId") },
      {
        onSuccess: () => {
          setSaved(true);
          router.refresh();
        },
      },
    );
  }

  const input = (f: Field, hint?: boolean) => ({ id: `household-${f}`, name: f, ...described(error(f), `household-${f}-error`, hint ? `household-${f}-hint` : undefined) });

  return (
    <section className="panel households-section" aria-labelledby="household-edit-title">
      <h2 id="household-edit-title">{t("title")}</h2>
      <form className="form" onSubmit={submit} noValidate>
        <div className="field">
          <label className="field__label" htmlFor="household-headName">
            {t("headName")}
          </label>
          <input {...input("headName")} defaultValue={household.headName} maxLength={120} required autoComplete="off" />
          <FieldError id="household-headName-error" message={error("headName")} />
        </div>
        <div className="field">
          <label className="field__label" htmlFor="household-address">
            {t("address")}
          </label>
          <input {...input("address")} defaultValue={household.address} maxLength={300} autoComplete="off" />
          <FieldError id="household-address-error" message={error("address")} />
        </div>
        <div className="field">
          <label className="field__label" htmlFor="household-members">
            {t("members")}
          </label>
          <input {...input("members", true)} type="number" inputMode="numeric" min={1} max={99} step={1} defaultValue={household.members} required />
          <p id="household-members-hint" className="hint">
            {t("membersHint")}
          </p>
          <FieldError id="household-members-error" message={error("members")} />
        </div>
        <div className="field">
          <label className="field__label" htmlFor="household-phone">
            {t("phone")}
          </label>
          <input {...input("phone", true)} type="tel" defaultValue={household.phone} maxLength={30} autoComplete="off" />
          <p id="household-phone-hint" className="hint">
            {t("phoneHint")}
          </p>
          <FieldError id="household-phone-error" message={error("phone")} />
        </div>
        <div className="field">
          <label className="field__label" htmlFor="household-neighbourhoodId">
            {t("neighbourhood")}
          </label>
          <select {...input("neighbourhoodId")} defaultValue={household.neighbourhoodId}>
            {neighbourhoods.map((n) => (
              <option key={n.id} value={n.id}>
                {n.name}
              </option>
            ))}
          </select>
          <FieldError id="household-neighbourhoodId-error" message={error("neighbourhoodId")} />
        </div>
        <ErrorAlert messages={shown.alert} />
        {saved ? (
          <p className="detail-done" role="status">
            {t("saved")}
          </p>
        ) : null}
        <div className="detail-buttons">
          <button type="submit" className="button button--primary" disabled={update.isPending}>
            {update.isPending ? t("saving") : t("save")}
          </button>
        </div>
      </form>
    </section>
  );
}
