"use client";
import { useTranslations } from "next-intl";

export type NeighbourhoodOption = { id: string; name: string; households: number };

type Props = { options: NeighbourhoodOption[]; selected: string[]; onChange: (ids: string[]) => void; error?: string };

export function AreaPicker({ options, selected, onChange, error }: Props) {
  const t = useTranslations("consultationForm");
  const chosen = new Set(selected);
  const households = options.filter((o) => chosen.has(o.id)).reduce((sum, o) => sum + o.households, 0);
  return (
    <div className="area-picker">
      <div className="area-picker__tools">
        <button type="button" className="button button--small" onClick={() => onChange(options.map((o) => o.id))}>
          {t("selectAll")}
        </button>
        <button type="button" className="button button--small" onClick={() => onChange([])}>
          {t("selectNone")}
        </button>
        <span className="muted">
          {t("areaCount", { count: chosen.size })} · {t("households", { count: households })}
        </span>
      </div>
      <div className="area-picker__list">
        {options.map((o) => (
          <label key={o.id} className="check">
            <input
              type="checkbox"
              checked={chosen.has(o.id)}
              onChange={(e) => onChange(e.target.checked ? [...selected, o.id] : selected.filter((id) => id !== o.id))}
            />
            {o.name} <span className="muted">({t("households", { count: o.households })})</span>
          </label>
        ))}
      </div>
      {error ? <p className="field__error">{error}</p> : null}
    </div>
  );
}
