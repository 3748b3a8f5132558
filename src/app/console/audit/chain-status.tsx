import { getFormatter, getTranslations } from "next-intl/server";
import type { TChainStatus } from "@/server/audit/data";
import { isAuditAction, isEntityType } from "./search";

/** The chain's state, checked on every load: green when every link holds, an alert naming the first break. */
export async function ChainStatusNote({ status }: { status: TChainStatus }) {
  const [t, format] = await Promise.all([getTranslations("auditLog"), getFormatter()]);
  const count = format.number(status.events);
  if (status.ok) {
    return (
      <p className="ok-note" role="status">
        {status.events ? t("chain.ok", { count }) : t("chain.empty")}
      </p>
    );
  }
  const b = status.brokenAt!;
  const action = b.action ? (isAuditAction(b.action) ? t(`action.${b.action}`) : b.action) : null;
  const entity = b.entityType
    ? `${isEntityType(b.entityType) ? t(`entity.${b.entityType}`) : b.entityType} ${b.entityId ?? ""}`.trim()
    : "";
  return (
    <div className="notice notice--error" role="alert">
      <p>
        {action
          ? t("chain.broken", { seq: b.seq, action, entity, count })
          : t("chain.brokenTail", { seq: b.seq, count })}
      </p>
      <p>{t("chain.advice")}</p>
    </div>
  );
}
