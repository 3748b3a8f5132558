"use client";
// The themes page's working area: readiness, the opinions with their filters and selection, and the
// themes with their responses. Filters live here so a theme's count can show its opinions.
import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { useTRPC } from "@/trpc/client";
import { OpinionsPanel } from "./opinions-panel";
import { Readiness } from "./readiness";
import { ThemesPanel } from "./themes-panel";
import { NO_FILTER, type AreaOption, type Filter, type QuestionOption, type ThemeList } from "./types";

type Props = {
  consultationId: string;
  consultationHref: string;
  initial: ThemeList;
  questions: QuestionOption[];
  areas: AreaOption[];
  channels: string[];
  mayManage: boolean;
  mayApprove: boolean;
};

export function ThemesWorkspace({
  consultationId,
  consultationHref,
  initial,
  questions,
  areas,
  channels,
  mayManage,
  mayApprove,
}: Props) {
  const t = useTranslations("themes");
  const ts = useTranslations("status");
  const trpc = useTRPC();
  const list = useQuery({ ...trpc.theme.list.queryOptions({ consultationId }), initialData: initial });
  const data = list.data;
  const [filter, setFilter] = useState<Filter>(NO_FILTER);
  const [offset, setOffset] = useState(0);
  const opinionsHeading = useRef<HTMLHeadingElement>(null);
  const status = data.consultation.status;
  const canManage = mayManage && data.workable;
  const canApprove = mayApprove && data.workable;
  // A theme merged or deleted meanwhile is no longer a filter.
  const themeFilterValid =
    ["", "ungrouped", "grouped"].includes(filter.theme) || data.themes.some((th) => th.id === filter.theme);
  const shown = themeFilterValid ? filter : { ...filter, theme: "" };

  function changeFilter(next: Filter) {
    setFilter(next);
    setOffset(0);
  }

  function showTheme(themeId: string) {
    changeFilter({ ...NO_FILTER, theme: themeId });
    opinionsHeading.current?.focus();
  }

  return (
    <>
      {!data.workable ? (
        <p className="notice th-note">
          {t(status === "RESULTS_PUBLISHED" ? "publishedNotice" : "notWorkable", { status: ts(status) })}
        </p>
      ) : (
        <p className="hint th-note">
          {t(mayManage ? "roleHint.manage" : mayApprove ? "roleHint.approve" : "roleHint.read")}
        </p>
      )}
      <Readiness
        readiness={data.readiness}
        themes={data.themes.length}
        workable={data.workable}
        consultationHref={consultationHref}
      />
      <nav className="th-jump" aria-label={t("jumpLabel")}>
        <a href="#th-opinions">{t("jumpOpinions")}</a>
        <a href="#th-themes">{t("jumpThemes", { count: data.themes.length })}</a>
      </nav>
      <div className="th-layout">
        <OpinionsPanel
          consultationId={consultationId}
          filter={shown}
          onFilter={changeFilter}
          offset={offset}
          onOffset={setOffset}
          questions={questions}
          areas={areas}
          channels={channels}
          themes={data.themes}
          canManage={canManage}
          headingRef={opinionsHeading}
        />
        <ThemesPanel
          consultationId={consultationId}
          themes={data.themes}
          canManage={canManage}
          canApprove={canApprove}
          filteredTheme={shown.theme}
          onShowTheme={showTheme}
        />
      </div>
    </>
  );
}
