"use client";
// Add a neighbourhood (thôn or tổ dân phố) from an effective date.
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRef, useState, type FormEvent } from "react";
import { fromLocalInput } from "@/components/console/vietnam-time";
import { useTRPC } from "@/trpc/client";
import { Field, TitledForm, useFormKit } from "@/components/console/form-kit";
import { AdminButtons } from "@/components/console/admin-buttons";
import { focusFirstProblem } from "@/components/console/form-focus";
import { DateField } from "./date-field";
import type { ToolFormProps } from "./neighbourhood-tools";

const KINDS = ["VILLAGE", "RESIDENTIAL_GROUP"] as const;

export function CreateNeighbourhoodForm({ today, onDone, onCancel }: ToolFormProps) {
  const t = useTranslations("admin.neighbourhoods");
  const tc = useTranslations("admin.common");
  const tk = useTranslations("neighbourhoodKind");
  const trpc = useTRPC();
  const create = useMutation(trpc.neighbourhood.create.mutationOptions());
  const form = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState({ code: "", name: "", kind: "VILLAGE" as (typeof KINDS)[number], date: today });
  const [dateMissing, setDateMissing] = useState(false);
  const kit = useFormKit(create.error, ["code", "name", "kind", "validFrom"], {
    local: { validFrom: dateMissing ? tc("dateRequired") : undefined },
  });

  function submit(e: FormEvent) {
    e.preventDefault();
    const validFrom = fromLocalInput(values.date);
    setDateMissing(!validFrom);
    if (!validFrom) {
      create.reset();
      focusFirstProblem(form.current);
      return;
    }
    create.mutate(
      { code: values.code, name: values.name, kind: values.kind, validFrom },
      {
        onSuccess: () => onDone(t("create.done", { name: values.name.trim() })),
        onError: () => focusFirstProblem(form.current),
      },
    );
  }

  return (
    <TitledForm ref={form} title={t("create.title")} onSubmit={submit} onEscape={onCancel}>
      <Field kit={kit} name="code" label={t("create.code")} hint={t("create.codeHint")}>
        <input
          {...kit.props("code", true)}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={20}
          required
          autoFocus
          value={values.code}
          onChange={(e) => setValues({ ...values, code: e.target.value })}
        />
      </Field>
      <Field kit={kit} name="kind" label={t("create.kind")}>
        <select
          {...kit.props("kind")}
          value={values.kind}
          onChange={(e) => setValues({ ...values, kind: e.target.value as (typeof KINDS)[number] })}
        >
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {tk(k)}
            </option>
          ))}
        </select>
      </Field>
      <Field kit={kit} name="name" label={t("create.name")} hint={t("create.nameHint")}>
        <input
          {...kit.props("name", true)}
          autoComplete="off"
          maxLength={120}
          required
          value={values.name}
          onChange={(e) => setValues({ ...values, name: e.target.value })}
        />
      </Field>
      <DateField kit={kit} field="validFrom" value={values.date} onChange={(date) => setValues({ ...values, date })} />
      {kit.alert}
      <AdminButtons label={t("create.submit")} pending={create.isPending} onCancel={onCancel} />
    </TitledForm>
  );
}
