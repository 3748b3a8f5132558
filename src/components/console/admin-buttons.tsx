"use client";
// The button row of the administrators' tools (account, staff, neighbourhoods), in their words:
// "saving…" while the change is sent, and Cancel — or Back, from a confirmation.
import { useTranslations } from "next-intl";
import type { ComponentProps } from "react";
import { FormButtons } from "./form-kit";

type Props = Omit<ComponentProps<typeof FormButtons>, "working" | "cancelLabel"> & { cancelWord?: "cancel" | "back" };

export function AdminButtons({ cancelWord = "cancel", ...props }: Props) {
  const tc = useTranslations("admin.common");
  return <FormButtons working={tc("working")} cancelLabel={tc(cancelWord)} {...props} />;
}
