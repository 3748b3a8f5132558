import { getTranslations } from "next-intl/server";
import { FilterField, FilterPanel, SelectFilter } from "@/components/console/filter-kit";
import { ENTITY_TYPES, groupActions, type readAuditSearch } from "./search";

type Search = ReturnType<typeof readAuditSearch>;

type Props = Pick<Search, "raw" | "errors"> & {
  /** The commune's consultations, newest first. */
  consultations: { id: string; title: string }[];
};

export async function AuditFilterForm({ raw, errors, consultations }: Props) {
  const t = await getTranslations("auditLog");
  const errorText = (field: keyof typeof errors) => {
    const code = errors[field];
    return code ? t(`errors.${code}`) : undefined;
  };
  const known = (ENTITY_TYPES as readonly string[]).includes(raw.entityType);
  const knownConsultation = consultations.some((c) => c.id === raw.consultationId);
  return (
    <FilterPanel
      action="/console/audit"
      className="audit-filters"
      title={t("filters.title")}
      titleId="audit-filters-title"
      submit={t("filters.apply")}
      clear={{ href: "/console/audit", label: t("filters.clear") }}
    >
      <SelectFilter
        id="audit-consultation"
        label={t("filters.consultation")}
        name="consultationId"
        defaultValue={raw.consultationId}
        anyLabel={t("filters.any")}
        options={consultations.map((c) => ({ value: c.id, label: c.title }))}
      >
        {raw.consultationId && !knownConsultation ? (
          <option value={raw.consultationId}>{t("filters.unknownConsultation")}</option>
        ) : null}
      </SelectFilter>
      <SelectFilter
        id="audit-action"
        label={t("filters.action")}
        name="action"
        defaultValue={raw.action}
        anyLabel={t("filters.any")}
      >
        {groupActions().map(([group, actions]) => (
          <optgroup key={group} label={t(`group.${group}`)}>
            {actions.map((a) => (
              <option key={a} value={a}>
                {t(`action.${a}`)}
              </option>
            ))}
          </optgroup>
        ))}
      </SelectFilter>
      <SelectFilter
        id="audit-entity-type"
        label={t("filters.entityType")}
        name="entityType"
        defaultValue={raw.entityType}
        anyLabel={t("filters.any")}
        options={ENTITY_TYPES.map((type) => ({ value: type, label: t(`entity.${type}`) }))}
      >
        {raw.entityType && !known ? <option value={raw.entityType}>{raw.entityType}</option> : null}
      </SelectFilter>
      <FilterField
        id="audit-entity-id"
        label={t("filters.entityId")}
        hint={t("filters.entityIdHint")}
        error={errorText("entityId")}
      >
        {(control) => (
          <input
            {...control}
            name="entityId"
            type="text"
            defaultValue={raw.entityId}
            autoComplete="off"
            spellCheck={false}
          />
        )}
      </FilterField>
      <FilterField id="audit-actor" label={t("filters.actor")} hint={t("filters.actorHint")}>
        {(control) => <input {...control} name="actor" type="search" defaultValue={raw.actor} maxLength={100} />}
      </FilterField>
      {(["from", "to"] as const).map((field) => (
        <FilterField key={field} id={`audit-${field}`} label={t(`filters.${field}`)} error={errorText(field)}>
          {(control) => <input {...control} name={field} type="date" defaultValue={raw[field]} />}
        </FilterField>
      ))}
    </FilterPanel>
  );
}
