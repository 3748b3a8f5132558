"use client";
// A staff member changes their own password: current, new, and the new one again (checked here
// before anything is sent). The rule itself is the server's (src/server/staff/mutations.ts).
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useId, useRef, useState, type FormEvent } from "react";
import { useTRPC } from "@/trpc/client";
import { ErrorAlert, useErrorText } from "@/components/console/form-kit";
import { NO_ERRORS } from "@/components/console/server-errors";
import { focusFirstProblem } from "@/components/console/form-focus";
import { PasswordInput } from "@/components/console/password-input";

const EMPTY = { current: "", next: "", repeat: "" };

export function PasswordForm() {
  const t = useTranslations("admin.account");
  const tc = useTranslations("admin.common");
  const errorText = useErrorText();
  const trpc = useTRPC();
  const change = useMutation(trpc.staff.changeOwnPassword.mutationOptions());
  const uid = useId();
  const form = useRef<HTMLFormElement>(null);
  const doneRef = useRef<HTMLParagraphElement>(null);
  const [values, setValues] = useState(EMPTY);
  const [local, setLocal] = useState<{ current?: string; repeat?: string }>({});
  const [done, setDone] = useState(false);
  const shown = change.error ? errorText(change.error, ["current", "next"]) : NO_ERRORS;

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
    <form
      ref={form}
      className="form detail-form adm-narrow"
      onSubmit={submit}
      noValidate
      aria-labelledby={`${uid}-title`}
    >
      <h2 id={`${uid}-title`} className="detail-form__title">
        {t("formTitle")}
      </h2>
      <p className="hint">{t("intro")}</p>
      <PasswordInput
        id={`${uid}-current`}
        name="current"
        label={t("current")}
        autoComplete="current-password"
        value={values.current}
        onChange={set("current")}
        error={local.current ?? shown.fields.current}
      />
      <PasswordInput
        id={`${uid}-next`}
        name="next"
        label={t("next")}
        hint={tc("passwordRule")}
        autoComplete="new-password"
        value={values.next}
        onChange={set("next")}
        error={shown.fields.next}
      />
      <PasswordInput
        id={`${uid}-repeat`}
        name="repeat"
        label={t("repeat")}
        autoComplete="new-password"
        value={values.repeat}
        onChange={set("repeat")}
        error={local.repeat}
      />
      <ErrorAlert messages={shown.alert} />
      <div className="detail-buttons">
        <button type="submit" className="button button--primary" disabled={change.isPending}>
          {change.isPending ? tc("working") : t("submit")}
        </button>
      </div>
      <p className="detail-done" role="status" ref={doneRef} tabIndex={-1}>
        {done ? t("done") : null}
      </p>
    </form>
  );
}
