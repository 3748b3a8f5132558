"use client";
// Administrators add one household to the register or correct one; the server checks the fields
// again and writes an audit event. A frozen roll never takes the household in from here: the outcome
// names the consultations under way whose roll lacks it, where an official amends the roll.
import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { useTRPC } from "@/trpc/client";
import { described, ErrorAlert, FieldError, useErrorText } from "@/components/console/form-kit";
import { NO_ERRORS } from "@/components/console/server-errors";

type Household = {
  id: string;
  code: string;
  headName: string;
  address: string;
  members: number;
  phone: string;
  neighbourhoodId: string;
};
const FIELDS = ["code", "headName", "address", "members", "phone", "neighbourhoodId"] as const;
type Field = (typeof FIELDS)[number];
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
  const errorText = useErrorText();
  const router = useRouter();
  const trpc = useTRPC();
  const create = useMutation(trpc.household.create.mutationOptions());
  const update = useMutation(trpc.household.update.mutationOptions());
  const mutation = household ? update : create;
  const [local, setLocal] = useState<Partial<Record<Field, string>>>({});
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const outcomeRef = useRef<HTMLDivElement>(null);
  const adding = !household;
  const prefix = adding ? "household-new" : "household";

  const shown = mutation.error ? errorText(mutation.error, FIELDS) : NO_ERRORS;
  const error = (f: Field) => local[f] ?? shown.fields[f];

  // Keyboard users land on the first field the server refused, or on the outcome and its links.
  useEffect(() => {
    const first = FIELDS.find((f) => shown.fields[f]);
    if (first) formRef.current?.querySelector<HTMLElement>(`#${prefix}-${first}`)?.focus();
  }, [mutation.error]); // eslint-disable-line react-hooks/exhaustive-deps
  useEffect(() => {
    if (outcome) outcomeRef.current?.focus();
  }, [outcome]);

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    const data = new FormData(form);
    const value = (f: Field) => String(data.get(f) ?? "");
    const members = Number(value("members").trim());
    const issues: Partial<Record<Field, string>> = {};
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
      form.querySelector<HTMLElement>(`#${prefix}-${first}`)?.focus();
      return;
    }
    const fields = {
      headName: value("headName"),
      address: value("address"),
      members,
      phone: value("phone"),
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

  const input = (f: Field, hint?: boolean) => ({
    id: `${prefix}-${f}`,
    name: f,
    ...described(error(f), `${prefix}-${f}-error`, hint ? `${prefix}-${f}-hint` : undefined),
  });
  const titleId = `${prefix}-form-title`;

  return (
    <section className="panel households-section" aria-labelledby={titleId}>
      <h2 id={titleId}>{t(adding ? "addTitle" : "title")}</h2>
      <form className="form" onSubmit={submit} noValidate ref={formRef}>
        <div className="field">
          <label className="field__label" htmlFor={`${prefix}-code`}>
            {t("code")}
          </label>
          {adding ? (
            <input
              {...input("code", true)}
              maxLength={40}
              required
              autoComplete="off"
              spellCheck={false}
              autoCapitalize="characters"
              className="detail-code-input"
            />
          ) : (
            <input
              id={`${prefix}-code`}
              value={household.code}
              readOnly
              aria-describedby={`${prefix}-code-hint`}
              className="detail-code-input"
            />
          )}
          <p id={`${prefix}-code-hint`} className="hint">
            {t(adding ? "codeHint" : "codeFixed")}
          </p>
          <FieldError id={`${prefix}-code-error`} message={error("code")} />
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${prefix}-headName`}>
            {t("headName")}
          </label>
          <input
            {...input("headName")}
            defaultValue={household?.headName}
            maxLength={120}
            required
            autoComplete="off"
          />
          <FieldError id={`${prefix}-headName-error`} message={error("headName")} />
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${prefix}-address`}>
            {t("address")}
          </label>
          <input {...input("address")} defaultValue={household?.address} maxLength={300} autoComplete="off" />
          <FieldError id={`${prefix}-address-error`} message={error("address")} />
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${prefix}-members`}>
            {t("members")}
          </label>
          <input
            {...input("members", true)}
            type="number"
            inputMode="numeric"
            min={1}
            max={99}
            step={1}
            defaultValue={household?.members ?? 1}
            required
          />
          <p id={`${prefix}-members-hint`} className="hint">
            {t("membersHint")}
          </p>
          <FieldError id={`${prefix}-members-error`} message={error("members")} />
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${prefix}-phone`}>
            {t("phone")}
          </label>
          <input
            {...input("phone", true)}
            type="tel"
            defaultValue={household?.phone}
            maxLength={30}
            autoComplete="off"
          />
          <p id={`${prefix}-phone-hint`} className="hint">
            {t("phoneHint")}
          </p>
          <FieldError id={`${prefix}-phone-error`} message={error("phone")} />
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${prefix}-neighbourhoodId`}>
            {t("neighbourhood")}
          </label>
          <select
            {...input("neighbourhoodId")}
            defaultValue={household?.neighbourhoodId ?? (neighbourhoods.length === 1 ? neighbourhoods[0].id : "")}
            required
          >
            {adding && neighbourhoods.length !== 1 ? <option value="">{t("chooseNeighbourhood")}</option> : null}
            {neighbourhoods.map((n) => (
              <option key={n.id} value={n.id}>
                {n.name}
              </option>
            ))}
          </select>
          <FieldError id={`${prefix}-neighbourhoodId-error`} message={error("neighbourhoodId")} />
        </div>
        <ErrorAlert messages={shown.alert} />
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
        <div className="detail-buttons">
          <button type="submit" className="button button--primary" disabled={mutation.isPending}>
            {mutation.isPending ? t(adding ? "adding" : "saving") : t(adding ? "add" : "save")}
          </button>
        </div>
      </form>
    </section>
  );
}
