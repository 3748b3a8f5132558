"use client";
// "Tạo tài khoản": username, the shared account fields, and an initial password the administrator
// hands over in person.
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRef, useState, type FormEvent } from "react";
import { useTRPC } from "@/trpc/client";
import { Field, TitledForm, useFormKit } from "@/components/console/form-kit";
import { AdminButtons } from "@/components/console/admin-buttons";
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
  const trpc = useTRPC();
  const create = useMutation(trpc.staff.create.mutationOptions());
  const form = useRef<HTMLFormElement>(null);
  const [username, setUsername] = useState("");
  const [password, setPassword] = useState("");
  const [values, setValues] = useState(EMPTY);
  const kit = useFormKit(create.error, ["username", "password", ...ACCOUNT_FIELDS]);

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
    <TitledForm ref={form} title={t("create.title")} heading="h2" onSubmit={submit} onEscape={onCancel}>
      <Field kit={kit} name="username" label={t("fields.username")} hint={t("fields.usernameHint")}>
        <input
          {...kit.props("username", true)}
          autoComplete="off"
          autoCapitalize="off"
          spellCheck={false}
          maxLength={40}
          required
          autoFocus
          value={username}
          onChange={(e) => setUsername(e.target.value)}
        />
      </Field>
      <AccountFields kit={kit} values={values} onChange={setValues} neighbourhoods={neighbourhoods} />
      <PasswordInput
        kit={kit}
        name="password"
        label={t("fields.password")}
        hint={`${tc("passwordRule")} ${t("fields.passwordHint")}`}
        autoComplete="new-password"
        value={password}
        onChange={setPassword}
      />
      {kit.alert}
      <AdminButtons label={t("create.submit")} pending={create.isPending} onCancel={onCancel} />
    </TitledForm>
  );
}
