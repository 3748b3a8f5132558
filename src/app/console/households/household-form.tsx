"use client";
// Administrators add one household to the register or correct one; the server checks the fields
// again and writes an audit event. A frozen roll never takes the household in from here: the outcome
// names the consultations under way whose roll lacks it, where an official amends the roll.
import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { CONTACT_CONSENTS, type ContactConsentName } from "@/domain/contacts";
// The register's fields, in the order the form shows them (the import checks the same).
import { HOUSEHOLD_FIELDS as FIELDS, type HouseholdField as FieldName } from "@/domain/households";
import { useTRPC } from "@/trpc/client";
import { Field, FormButtons, NamedOptions, useFormKit } from "@/components/console/form-kit";

type Household = {
  id: string;
  code: string;
  headName: string;
  address: string;
  members: number;
  phone: string;
  email: string;
  contactConsent: ContactConsentName;
  neighbourhoodId: string;
};
type Outcome = { id: string; code: string; rollsWithout: { id: string; title: string }[] };

/** Without `household`, the form adds a new one (and then clears itself for the next). */
export function HouseholdForm({
  household,
  neighbourhoods,
}: {
  household?: Household;
  neighbourhoods: { id: string; name: string }[];
}) {
  const t = useTranslations("households.edit");
  const te = useTranslations("households.errors");
  const tk = useTranslations("contacts.form");
  const router = useRouter();
  const trpc = useTRPC();
  const create = useMutation(trpc.household.create.mutationOptions());
  const update = useMutation(trpc.household.update.mutationOptions());
  const mutation = household ? update : create;
  const [local, setLocal] = useState<Partial<Record<FieldName, string>>>({});
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const outcomeRef = useRef<HTMLDivElement>(null);
  const adding = !household;
  const kit = useFormKit(mutation.error, FIELDS, { local });
  const focusField = (f: FieldName) => document.getElementById(kit.id(f))?.focus();

  // Keyboard users land on the first field the server refused, or on the outcome and its links. (A
  // refused save always follows a submit that found no problem here, so every message is the server's.)
  useEffect(() => {
    const first = mutation.error ? FIELDS.find((f) => kit.err(f)) : undefined;
    if (first) focusField(first);
  }, [mutation.error]); // eslint-disable-line react-hooks/exhaustive-deps
  useEffect(() => {
    if (outcome) outcomeRef.current?.focus();
  }, [outcome]);

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    const data = new FormData(form);
    const value = (f: FieldName) => String(data.get(f) ?? "");
    const members = Number(value("members").trim());
    const issues: Partial<Record<FieldName, string>> = {};
    if (adding && !value("code").trim()) issues.code = t("codeRequired");
    if (!value("headName").trim()) issues.headName = t("headNameRequired");
    if (!Number.isInteger(members) || members < 1 || members > 99) issues.members = t("membersInvalid");
    if (!value("neighbourhoodId")) issues.neighbourhoodId = te("neighbourhoodUnknown");
    setLocal(issues);
    setOutcome(null);
    create.reset();
    update.reset();
    const first = FIELDS.find((f) => issues[f]);
    if (first) {
      focusField(first);
      return;
    }
    const fields = {
      headName: value("headName"),
      address: value("address"),
      members,
      phone: value("phone"),
      email: value("email"),
      contactConsent: value("contactConsent") as ContactConsentName,
      neighbourhoodId: value("neighbourhoodId"),
    };
    const done = (r: Outcome) => {
      if (adding) form.reset();
      setOutcome(r);
      router.refresh();
    };
    if (household) update.mutate({ id: household.id, ...fields }, { onSuccess: done });
    else create.mutate({ code: value("code"), ...fields }, { onSuccess: done });
  }

  const titleId = `${kit.uid}-form-title`;

  return (
    <section className="panel households-section" aria-labelledby={titleId}>
      <h2 id={titleId}>{t(adding ? "addTitle" : "title")}</h2>
      <form className="form" onSubmit={submit} noValidate>
        <Field kit={kit} name="code" label={t("code")} hint={t(adding ? "codeHint" : "codeFixed")}>
          {adding ? (
            <input
              {...kit.props("code", true)}
              maxLength={40}
              required
              autoComplete="off"
              spellCheck={false}
              autoCapitalize="characters"
              className="detail-code-input"
            />
          ) : (
            <input
              id={kit.id("code")}
              value={household.code}
              readOnly
              aria-describedby={`${kit.id("code")}-hint`}
              className="detail-code-input"
            />
          )}
        </Field>
        <Field kit={kit} name="headName" label={t("headName")}>
          <input
            {...kit.props("headName")}
            defaultValue={household?.headName}
            maxLength={120}
            required
            autoComplete="off"
          />
        </Field>
        <Field kit={kit} name="address" label={t("address")}>
          <input {...kit.props("address")} defaultValue={household?.address} maxLength={300} autoComplete="off" />
        </Field>
        <Field kit={kit} name="members" label={t("members")} hint={t("membersHint")}>
          <input
            {...kit.props("members", true)}
            type="number"
            inputMode="numeric"
            min={1}
            max={99}
            step={1}
            defaultValue={household?.members ?? 1}
            required
          />
        </Field>
        <Field kit={kit} name="phone" label={t("phone")} hint={t("phoneHint")}>
          <input
            {...kit.props("phone", true)}
            type="tel"
            defaultValue={household?.phone}
            maxLength={30}
            autoComplete="off"
          />
        </Field>
        <Field kit={kit} name="email" label={tk("email")} hint={tk("emailHint")}>
          <input
            {...kit.props("email", true)}
            type="email"
            inputMode="email"
            defaultValue={household?.email}
            maxLength={254}
            autoComplete="off"
            spellCheck={false}
            autoCapitalize="none"
          />
        </Field>
        {/* The household's own answer, recorded as given (Law 91/2025/QH15 on personal data
            protection): an objection means nothing is ever sent to it. */}
        <fieldset
          id={kit.id("contactConsent")}
          className="detail-choice"
          aria-describedby={[
            `${kit.id("contactConsent")}-hint`,
            kit.err("contactConsent") ? `${kit.id("contactConsent")}-error` : "",
          ]
            .filter(Boolean)
            .join(" ")}
        >
          <legend className="field__label">{tk("consentLegend")}</legend>
          <p id={`${kit.id("contactConsent")}-hint`} className="hint">
            {tk("consentHint")}
          </p>
          {CONTACT_CONSENTS.map((c) => (
            <label key={c} className="detail-choice__option">
              <input
                type="radio"
                name="contactConsent"
                value={c}
                defaultChecked={(household?.contactConsent ?? "UNKNOWN") === c}
              />
              <span>
                {tk(`consentOption.${c}`)}
                <span className="hint"> — {tk(`consentOptionHint.${c}`)}</span>
              </span>
            </label>
          ))}
          {kit.error("contactConsent")}
        </fieldset>
        <Field kit={kit} name="neighbourhoodId" label={t("neighbourhood")}>
          <select
            {...kit.props("neighbourhoodId")}
            defaultValue={household?.neighbourhoodId ?? (neighbourhoods.length === 1 ? neighbourhoods[0].id : "")}
            required
          >
            <NamedOptions
              items={neighbourhoods}
              choose={adding && neighbourhoods.length !== 1 ? t("chooseNeighbourhood") : undefined}
            />
          </select>
        </Field>
        {kit.alert}
        {outcome ? (
          <div role="status" ref={outcomeRef} tabIndex={-1}>
            <p className="detail-done">
              {adding ? t("added", { code: outcome.code }) : t("saved")}{" "}
              {adding ? (
                <Link href={`/console/households/${encodeURIComponent(outcome.id)}`}>
                  {t("viewAdded", { code: outcome.code })}
                </Link>
              ) : null}
            </p>
            {outcome.rollsWithout.length ? (
              <div className="notice households-rolls-without">
                <p>
                  <strong>{t("rollsWithoutTitle")}.</strong> {t("rollsWithout", { code: outcome.code })}
                </p>
                <ul>
                  {outcome.rollsWithout.map((c) => (
                    <li key={c.id}>
                      <Link href={`/console/consultations/${encodeURIComponent(c.id)}#roll-title`}>{c.title}</Link>
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
          </div>
        ) : null}
        <FormButtons
          label={t(adding ? "add" : "save")}
          working={t(adding ? "adding" : "saving")}
          pending={mutation.isPending}
        />
      </form>
    </section>
  );
}
