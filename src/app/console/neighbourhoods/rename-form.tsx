"use client";
// Rename a neighbourhood from an effective date; consultations already created keep the old name.
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRef, useState, type FormEvent } from "react";
import { fromLocalInput } from "@/components/console/vietnam-time";
import { useTRPC } from "@/trpc/client";
import { Field, NamedOptions, TitledForm, useFormKit } from "@/components/console/form-kit";
import { AdminButtons } from "@/components/console/admin-buttons";
import { focusFirstProblem } from "@/components/console/form-focus";
import { DateField } from "./date-field";
import type { ChangeFormProps } from "./neighbourhood-tools";

type Missing = { id?: string; name?: string; effectiveFrom?: string };

export function RenameForm({ neighbourhoods, today, onDone, onCancel }: ChangeFormProps) {
  const t = useTranslations("admin.neighbourhoods");
  const tc = useTranslations("admin.common");
  const trpc = useTRPC();
  const rename = useMutation(trpc.neighbourhood.rename.mutationOptions());
  const form = useRef<HTMLFormElement>(null);
  const [id, setId] = useState("");
  const [name, setName] = useState("");
  const [date, setDate] = useState(today);
  const [missing, setMissing] = useState<Missing>({});
  const kit = useFormKit(rename.error, ["id", "name", "effectiveFrom"], { local: missing });
  const current = neighbourhoods.find((n) => n.id === id);

  function choose(next: string) {
    setId(next);
    // Start from the current name: a rename usually changes a word or a number.
    setName(neighbourhoods.find((n) => n.id === next)?.name ?? "");
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    const effectiveFrom = fromLocalInput(date);
    const problems: Missing = {
      id: current ? undefined : t("rename.whichRequired"),
      name: name.trim() ? undefined : t("rename.nameRequired"),
      effectiveFrom: effectiveFrom ? undefined : tc("dateRequired"),
    };
    setMissing(problems);
    if (!current || !effectiveFrom || problems.name) {
      rename.reset();
      focusFirstProblem(form.current);
      return;
    }
    rename.mutate(
      { id: current.id, name, effectiveFrom },
      {
        onSuccess: () => onDone(t("rename.done", { from: current.name, to: name.trim() })),
        onError: () => focusFirstProblem(form.current),
      },
    );
  }

  return (
    <TitledForm ref={form} title={t("rename.title")} onSubmit={submit} onEscape={onCancel}>
      <p className="hint">{t("rename.help")}</p>
      <Field kit={kit} name="id" label={t("rename.which")}>
        <select {...kit.props("id")} required autoFocus value={id} onChange={(e) => choose(e.target.value)}>
          <NamedOptions items={neighbourhoods} choose={t("choose")} />
        </select>
      </Field>
      <Field kit={kit} name="name" label={t("rename.name")}>
        <input
          {...kit.props("name")}
          autoComplete="off"
          maxLength={120}
          required
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
      </Field>
      <DateField kit={kit} field="effectiveFrom" value={date} onChange={setDate} />
      {kit.alert}
      <AdminButtons label={t("rename.submit")} pending={rename.isPending} onCancel={onCancel} />
    </TitledForm>
  );
}
