"use client";
// What an administrator does to one account, opened under its row: edit the account, confirm
// (de)activation, or set a new password to hand over in person.
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { useTRPC } from "@/trpc/client";
import { TitledForm, useFormKit } from "@/components/console/form-kit";
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
import type { StaffItem } from "./staff-admin";

export type AccountAction = "edit" | "active" | "reset";

type Props = {
  account: StaffItem;
  action: AccountAction;
  neighbourhoods: NeighbourhoodOption[];
  onDone: (message: string) => Promise<void>;
  onCancel: () => void;
};

export function AccountPanel({ account, action, neighbourhoods, onDone, onCancel }: Props) {
  const t = useTranslations("admin.staff");
  const tc = useTranslations("admin.common");
  const trpc = useTRPC();
  const mutations = {
    edit: useMutation(trpc.staff.update.mutationOptions()),
    active: useMutation(trpc.staff.setActive.mutationOptions()),
    reset: useMutation(trpc.staff.resetPassword.mutationOptions()),
  };
  const mutation = mutations[action];
  const form = useRef<HTMLFormElement>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const [values, setValues] = useState<AccountValues>({
    fullName: account.fullName,
    title: account.title ?? "",
    role: account.role,
    neighbourhoodId: account.neighbourhoodId,
  });
  const [password, setPassword] = useState("");
  const kit = useFormKit(mutation.error, action === "edit" ? ACCOUNT_FIELDS : action === "reset" ? ["password"] : []);
  const { username, fullName: name } = account;
  const activeKey = account.active ? "deactivate" : "activate";

  // A confirmation opens on its button, so Enter confirms and Escape goes back.
  useEffect(() => {
    if (action === "active") confirmButton.current?.focus();
  }, [action]);

  function submit(e: FormEvent) {
    e.preventDefault();
    const after = { onError: () => focusFirstProblem(form.current) };
    if (action === "edit") {
      mutations.edit.mutate(
        { id: account.id, ...accountInput(values) },
        { ...after, onSuccess: () => onDone(t("edit.done", { username })) },
      );
    } else if (action === "active") {
      mutations.active.mutate(
        { id: account.id, active: !account.active },
        { ...after, onSuccess: () => onDone(t(`${activeKey}.done`, { username })) },
      );
    } else {
      mutations.reset.mutate(
        { id: account.id, password },
        { ...after, onSuccess: () => onDone(t("reset.done", { username })) },
      );
    }
  }

  const title =
    action === "edit"
      ? t("edit.title", { username })
      : action === "active"
        ? t(`${activeKey}.title`, { username })
        : t("reset.title", { username });
  const submitLabel =
    action === "edit" ? t("edit.submit") : action === "active" ? t(`${activeKey}.confirm`) : t("reset.confirm");
  const danger = action === "active" && account.active;

  return (
    <TitledForm
      ref={form}
      title={title}
      className="form adm-panel"
      titleClassName="detail-actions__confirm-title"
      onSubmit={submit}
      onEscape={() => {
        if (!mutation.isPending) onCancel();
      }}
    >
      {action === "edit" ? (
        <AccountFields kit={kit} values={values} onChange={setValues} neighbourhoods={neighbourhoods} autoFocus />
      ) : null}
      {action === "active" ? <p className="hint">{t(`${activeKey}.help`, { name })}</p> : null}
      {action === "reset" ? (
        <>
          <p className="hint">{t("reset.help", { name })}</p>
          <PasswordInput
            kit={kit}
            name="password"
            label={t("reset.password")}
            hint={tc("passwordRule")}
            autoComplete="new-password"
            value={password}
            onChange={setPassword}
            autoFocus
          />
        </>
      ) : null}
      {kit.alert}
      <AdminButtons
        label={submitLabel}
        pending={mutation.isPending}
        danger={danger}
        actionRef={confirmButton}
        cancelWord={action === "edit" ? "cancel" : "back"}
        onCancel={onCancel}
      />
    </TitledForm>
  );
}
