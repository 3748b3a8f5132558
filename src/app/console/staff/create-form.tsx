"use client";
// "Tạo tài khoản": username, the shared account fields, and an initial password the administrator
// hands over in person.
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useId, useRef, useState, type FormEvent } from "react";
import { useTRPC } from "@/trpc/client";
import { described, ErrorAlert, FieldError, useErrorText } from "@/components/console/form-kit";
import { NO_ERRORS } from "@/components/console/server-errors";
import { focusFirstProblem } from "@/components/console/form-focus";
import { PasswordInput } from "@/components/console/password-input";
import {
  ACCOUNT_FIELDS,
  AccountFields,
  accountInput,
  type AccountValues,
  type NeighbourhoodOption,
} from "./account-fields";

const EMPTY: AccountValues = { fullName: "", title: "", role: "OFFICIAL", neighbourhoodId: null };

type Props = {
  neighbourhoods: NeighbourhoodOption[];
  onCreated: (username: string) => Promise<void>;
  onCancel: () => void;
};

export function CreateForm({ neighbourhoods, onCreated, onCancel }: Props) {
  const t = useTranslations("admin.staff");
  const tc = useTranslations("admin.common");
  const errorText = useErrorText();
  const trpc = useTRPC();
  const create = useMutation(trpc.staff.create.mutationOptions());
  const uid = useId();
  const form = useRef<HTMLFormElement>(null);
  const [username, setUsername] = useState("");
  const [password, setPassword] = useState("");
  const [values, setValues] = useState(EMPTY);
  const shown = create.error ? errorText(create.error, ["username", "password", ...ACCOUNT_FIELDS]) : NO_ERRORS;

  function submit(e: FormEvent) {
    e.preventDefault();
    create.mutate(
      { username, password, ...accountInput(values) },
      {
        onSuccess: () => onCreated(username.trim().toLowerCase()),
        onError: () => focusFirstProblem(form.current),
      },
    );
  }

  return (
    <form
      ref={form}
      className="form detail-form adm-narrow"
      onSubmit={submit}
      onKeyDown={(e) => {
        if (e.key === "Escape") onCancel();
      }}
      noValidate
      aria-labelledby={`${uid}-title`}
    >
      <h2 id={`${uid}-title`} className="detail-form__title">
        {t("create.title")}
      </h2>
      <div className="field">
        <label className="field__label" htmlFor={`${uid}-username`}>
          {t("fields.username")}
        </label>
        <input
          id={`${uid}-username`}
          name="username"
          autoComplete="off"
          autoCapitalize="off"
          spellCheck={false}
          maxLength={40}
          required
          autoFocus
          value={username}
          onChange={(e) => setUsername(e.target.value)}
          {...described(shown.fields.username, `${uid}-username-error`, `${uid}-username-hint`)}
        />
        <p id={`${uid}-username-hint`} className="hint">
          {t("fields.usernameHint")}
        </p>
        <FieldError id={`${uid}-username-error`} message={shown.fields.username} />
      </div>
      <AccountFields
        uid={uid}
        values={values}
        onChange={setValues}
        errors={shown.fields}
        neighbourhoods={neighbourhoods}
      />
      <PasswordInput
        id={`${uid}-password`}
        name="password"
        label={t("fields.password")}
        hint={`${tc("passwordRule")} ${t("fields.passwordHint")}`}
        autoComplete="new-password"
        value={password}
        onChange={setPassword}
        error={shown.fields.password}
      />
      <ErrorAlert messages={shown.alert} />
      <div className="detail-buttons">
        <button type="submit" className="button button--primary" disabled={create.isPending}>
          {create.isPending ? tc("working") : t("create.submit")}
        </button>
        <button type="button" className="button" onClick={onCancel} disabled={create.isPending}>
          {tc("cancel")}
        </button>
      </div>
    </form>
  );
}
