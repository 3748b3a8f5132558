"use client";
// A staff member changes their own password: current, new, and the new one again (checked here
// before anything is sent). The rule itself is the server's (src/server/staff/mutations.ts).
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRef, useState, type FormEvent } from "react";
import { useTRPC } from "@/trpc/client";
import { TitledForm, useFormKit } from "@/components/console/form-kit";
import { AdminButtons } from "@/components/console/admin-buttons";
import { focusFirstProblem } from "@/components/console/form-focus";
import { PasswordInput } from "@/components/console/password-input";

const EMPTY = { current: "", next: "", repeat: "" };
const PASSWORDS = ["current", "next", "repeat"] as const;

export function PasswordForm() {
  const t = useTranslations("admin.account");
  const tc = useTranslations("admin.common");
  const trpc = useTRPC();
  const change = useMutation(trpc.staff.changeOwnPassword.mutationOptions());
  const form = useRef<HTMLFormElement>(null);
  const doneRef = useRef<HTMLParagraphElement>(null);
  const [values, setValues] = useState(EMPTY);
  const [local, setLocal] = useState<{ current?: string; repeat?: string }>({});
  const [done, setDone] = useState(false);
  const kit = useFormKit(change.error, ["current", "next"], { local });

  const set = (key: keyof typeof EMPTY) => (value: string) => setValues((v) => ({ ...v, [key]: value }));

  function submit(e: FormEvent) {
    e.preventDefault();
    setDone(false);
    const problems = {
      current: values.current ? undefined : t("currentRequired"),
      repeat: values.next === values.repeat ? undefined : t("repeatMismatch"),
    };
    setLocal(problems);
    if (problems.current || problems.repeat) {
      change.reset();
      focusFirstProblem(form.current);
      return;
    }
    change.mutate(
      { current: values.current, next: values.next },
      {
        onSuccess: () => {
          setValues(EMPTY);
          setDone(true);
          requestAnimationFrame(() => doneRef.current?.focus());
        },
        onError: () => focusFirstProblem(form.current),
      },
    );
  }

  return (
    <TitledForm ref={form} title={t("formTitle")} heading="h2" onSubmit={submit}>
      <p className="hint">{t("intro")}</p>
      {PASSWORDS.map((name) => (
        <PasswordInput
          key={name}
          kit={kit}
          name={name}
          label={t(name)}
          hint={name === "next" ? tc("passwordRule") : undefined}
          autoComplete={name === "current" ? "current-password" : "new-password"}
          value={values[name]}
          onChange={set(name)}
        />
      ))}
      {kit.alert}
      <AdminButtons label={t("submit")} pending={change.isPending} />
      <p className="detail-done" role="status" ref={doneRef} tabIndex={-1}>
        {done ? t("done") : null}
      </p>
    </TitledForm>
  );
}
