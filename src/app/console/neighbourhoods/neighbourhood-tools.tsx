"use client";
// Administrators change the neighbourhoods: add, rename, merge — one form open at a time. The list
// above is server-rendered, so a change refreshes the page; the outcome is announced here.
import type { inferRouterOutputs } from "@trpc/server";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useRef, useState } from "react";
import type { AppRouter } from "@/server/api/root";
import { CreateNeighbourhoodForm } from "./create-form";
import { MergeForm } from "./merge-form";
import { RenameForm } from "./rename-form";

export type NeighbourhoodItem = inferRouterOutputs<AppRouter>["neighbourhood"]["list"][number];

/** What every tool's form is handed: it reports its outcome, or that it was left unchanged. */
export type ToolFormProps = { today: string; onDone: (message: string) => void; onCancel: () => void };
/** The forms that change existing neighbourhoods also need the list to choose from. */
export type ChangeFormProps = ToolFormProps & { neighbourhoods: NeighbourhoodItem[] };

const TOOLS = ["create", "rename", "merge"] as const;
type Tool = (typeof TOOLS)[number];

export function NeighbourhoodTools({
  neighbourhoods,
  today,
  adding = false,
}: {
  neighbourhoods: NeighbourhoodItem[];
  today: string;
  adding?: boolean;
}) {
  const t = useTranslations("admin.neighbourhoods");
  const router = useRouter();
  const uid = useId();
  const [open, setOpen] = useState<Tool | null>(adding ? "create" : null);
  const [done, setDone] = useState("");
  const doneRef = useRef<HTMLParagraphElement>(null);

  function toggle(tool: Tool) {
    setDone("");
    setOpen((current) => (current === tool ? null : tool));
  }

  function close() {
    const opener = open;
    setOpen(null);
    if (opener) requestAnimationFrame(() => document.getElementById(`${uid}-${opener}`)?.focus());
  }

  function finish(message: string) {
    setOpen(null);
    setDone(message);
    router.refresh();
    requestAnimationFrame(() => doneRef.current?.focus());
  }

  const props: ToolFormProps = { today, onDone: finish, onCancel: close };

  return (
    <section className="adm-tools" aria-labelledby={`${uid}-title`}>
      <h2 id={`${uid}-title`}>{t("manageTitle")}</h2>
      <p className="hint">{t("manageIntro")}</p>
      <div className="detail-buttons">
        {TOOLS.map((tool) => (
          <button
            key={tool}
            id={`${uid}-${tool}`}
            type="button"
            className="button"
            aria-expanded={open === tool}
            disabled={tool !== "create" && neighbourhoods.length < (tool === "merge" ? 2 : 1)}
            onClick={() => toggle(tool)}
          >
            {t(`${tool}.open`)}
          </button>
        ))}
      </div>
      <p className="detail-done adm-done" role="status" ref={doneRef} tabIndex={-1}>
        {done}
      </p>
      {open === "create" ? <CreateNeighbourhoodForm {...props} /> : null}
      {open === "rename" ? <RenameForm neighbourhoods={neighbourhoods} {...props} /> : null}
      {open === "merge" ? <MergeForm neighbourhoods={neighbourhoods} {...props} /> : null}
    </section>
  );
}
