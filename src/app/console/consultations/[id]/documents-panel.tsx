"use client";
// Documents of a consultation: view / download links, the upload form for managers, and removal
// while the consultation is still a draft (afterwards documents are part of the public record).
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { useTRPC } from "@/trpc/client";
import { ConfirmButtons, removalButtons } from "@/components/console/consultation-confirm";
import { ErrorAlert, useErrorText } from "@/components/console/form-kit";
import { useWhen } from "@/components/console/use-when";
import { DocumentUpload } from "./document-upload";
import { megabytes } from "./format";

export type DetailDocument = {
  id: string;
  title: string;
  fileName: string;
  mimeType: string;
  size: number;
  sha256: string;
  createdAt: Date;
};

type Props = {
  consultationId: string;
  documents: DetailDocument[];
  canUpload: boolean;
  canRemove: boolean;
  closedHint: boolean;
};

export function DocumentsPanel({ consultationId, documents, canUpload, canRemove, closedHint }: Props) {
  const t = useTranslations("consultationDetail.documents");
  return (
    <section className="detail-section" aria-labelledby="documents-title">
      <h2 id="documents-title">{t("title")}</h2>
      {documents.length === 0 ? (
        <p className="muted">{t("none")}</p>
      ) : (
        <ul className="detail-list">
          {documents.map((d) => (
            <DocumentItem key={d.id} doc={d} canRemove={canRemove} />
          ))}
        </ul>
      )}
      {canUpload ? <DocumentUpload consultationId={consultationId} /> : null}
      {closedHint ? <p className="hint">{t("closed")}</p> : null}
    </section>
  );
}

function DocumentItem({ doc, canRemove }: { doc: DetailDocument; canRemove: boolean }) {
  const t = useTranslations("consultationDetail.documents");
  const format = useFormatter();
  const when = useWhen();
  const errorText = useErrorText();
  const router = useRouter();
  const trpc = useTRPC();
  const remove = useMutation(trpc.document.remove.mutationOptions());
  const [confirming, setConfirming] = useState(false);
  const kind = doc.mimeType === "application/pdf" ? t("pdf") : t("image");
  const href = `/api/documents/${encodeURIComponent(doc.id)}`;
  return (
    <li className="detail-item">
      <p className="detail-item__title">{doc.title}</p>
      <p className="detail-item__meta">
        <span className="detail-item__file">{doc.fileName}</span>
        <span>{kind}</span>
        <span>{t("size", { size: format.number(megabytes(doc.size), { maximumFractionDigits: 2 }) })}</span>
        <span>{t("addedAt", { when: when(doc.createdAt) })}</span>
      </p>
      <p className="detail-item__meta">
        {t("checksum")}: <code title={doc.sha256}>{doc.sha256.slice(0, 12)}</code>
      </p>
      <div className="detail-buttons">
        <a
          className="button button--small"
          href={href}
          target="_blank"
          rel="noopener"
          aria-label={t("viewLabel", { title: doc.title })}
        >
          {t("view")}
        </a>
        <a
          className="button button--small"
          href={`${href}?download`}
          aria-label={t("downloadLabel", { title: doc.title })}
        >
          {t("download")}
        </a>
        {canRemove && !confirming ? (
          <button
            type="button"
            className="button button--small button--danger"
            aria-label={t("removeLabel", { title: doc.title })}
            onClick={() => setConfirming(true)}
          >
            {t("remove")}
          </button>
        ) : null}
        {canRemove && confirming ? (
          <ConfirmButtons
            {...removalButtons(t)}
            pending={remove.isPending}
            onConfirm={() => remove.mutate({ id: doc.id }, { onSuccess: () => router.refresh() })}
            onBack={() => {
              remove.reset();
              setConfirming(false);
            }}
          />
        ) : null}
      </div>
      {remove.error ? <ErrorAlert messages={errorText(remove.error, []).alert} /> : null}
    </li>
  );
}
