// The head of a consultation's console pages and of its records: the way back, a line of small
// facts (status first), the page's title and the buttons beside it. Server-rendered.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import type { ConsultationStatusName } from "@/domain/consultation-status";

type PageHeaderProps = {
  back: { href: string; label: string };
  /** The h1's id, for the page's aria-labelledby. */
  titleId: string;
  title: ReactNode;
  /** The facts above the title, each its own element (a badge, a span). */
  meta: ReactNode;
  /** Links or buttons shown beside the title. */
  actions?: ReactNode;
};

export function PageHeader({ back, titleId, title, meta, actions }: PageHeaderProps) {
  return (
    <>
      <p className="detail-back">
        <Link href={back.href}>← {back.label}</Link>
      </p>
      <header className="detail-head">
        <p className="detail-head__meta">{meta}</p>
        <div className="detail-head__title">
          <h1 id={titleId}>{title}</h1>
          {actions}
        </div>
      </header>
    </>
  );
}

export async function ConsultationStatusBadge({ status }: { status: ConsultationStatusName }) {
  const t = await getTranslations("status");
  return <span className={`badge badge--${status.toLowerCase()}`}>{t(status)}</span>;
}

/** A page under one consultation: its status and title above the page's own title. */
export function ConsultationSubPageHeader({
  consultation: c,
  ...header
}: Omit<PageHeaderProps, "meta"> & { consultation: { status: ConsultationStatusName; title: string } }) {
  return (
    <PageHeader
      {...header}
      meta={
        <>
          <ConsultationStatusBadge status={c.status} />
          <span>{c.title}</span>
        </>
      }
    />
  );
}
