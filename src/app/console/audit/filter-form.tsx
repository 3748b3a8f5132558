import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ENTITY_TYPES, groupActions, type AuditFieldError, type readAuditSearch } from "./search";

type Search = ReturnType<typeof readAuditSearch>;

/** A plain GET form: filtering works, and each view can be bookmarked, without JavaScript. */
export async function AuditFilterForm({ raw, errors }: Pick<Search, "raw" | "errors">) {
  const t = await getTranslations("auditLog");
  const error = (field: "from" | "to" | "entityId", code: AuditFieldError | undefined) =>
    code ? (
      <span id={`audit-${field}-error`} className="field__error" role="alert">
        {t(`errors.${code}`)}
      </span>
    ) : null;
  const describedBy = (field: "from" | "to" | "entityId", hint?: string) =>
    [hint, errors[field] ? `audit-${field}-error` : null].filter(Boolean).join(" ") || undefined;
  const known = (ENTITY_TYPES as readonly string[]).includes(raw.entityType);
  return (
    <form className="audit-filters panel" method="get" action="/console/audit" aria-labelledby="audit-filters-title">
      <h2 id="audit-filters-title">{t("filters.title")}</h2>
      <div className="audit-filters__grid">
        <div className="field">
          <label className="field__label" htmlFor="audit-action">
            {t("filters.action")}
          </label>
          <select id="audit-action" name="action" defaultValue={raw.action}>
            <option value="">{t("filters.any")}</option>
            {groupActions().map(([group, actions]) => (
              <optgroup key={group} label={t(`group.${group}`)}>
                {actions.map((a) => (
                  <option key={a} value={a}>
                    {t(`action.${a}`)}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor="audit-entity-type">
            {t("filters.entityType")}
          </label>
          <select id="audit-entity-type" name="entityType" defaultValue={raw.entityType}>
            <option value="">{t("filters.any")}</option>
            {ENTITY_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`entity.${type}`)}
              </option>
            ))}
            {raw.entityType && !known ? <option value={raw.entityType}>{raw.entityType}</option> : null}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor="audit-entity-id">
            {t("filters.entityId")}
          </label>
          <input
            id="audit-entity-id"
            name="entityId"
            type="text"
            defaultValue={raw.entityId}
            autoComplete="off"
            spellCheck={false}
            aria-invalid={errors.entityId ? true : undefined}
            aria-describedby={describedBy("entityId", "audit-entity-id-hint")}
          />
          <span id="audit-entity-id-hint" className="hint">
            {t("filters.entityIdHint")}
          </span>
          {error("entityId", errors.entityId)}
        </div>
        <div className="field">
          <label className="field__label" htmlFor="audit-actor">
            {t("filters.actor")}
          </label>
          <input
            id="audit-actor"
            name="actor"
            type="search"
            defaultValue={raw.actor}
            maxLength={100}
            aria-describedby="audit-actor-hint"
          />
          <span id="audit-actor-hint" className="hint">
            {t("filters.actorHint")}
          </span>
        </div>
        <div className="field">
          <label className="field__label" htmlFor="audit-from">
            {t("filters.from")}
          </label>
          <input
            id="audit-from"
            name="from"
            type="date"
            defaultValue={raw.from}
            aria-invalid={errors.from ? true : undefined}
            aria-describedby={describedBy("from")}
          />
          {error("from", errors.from)}
        </div>
        <div className="field">
          <label className="field__label" htmlFor="audit-to">
            {t("filters.to")}
          </label>
          <input
            id="audit-to"
            name="to"
            type="date"
            defaultValue={raw.to}
            aria-invalid={errors.to ? true : undefined}
            aria-describedby={describedBy("to")}
          />
          {error("to", errors.to)}
        </div>
      </div>
      <p className="audit-filters__actions">
        <button className="button button--small button--primary" type="submit">
          {t("filters.apply")}
        </button>
        <Link href="/console/audit">{t("filters.clear")}</Link>
      </p>
    </form>
  );
}
