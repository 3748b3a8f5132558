"use client";
// Previous and next under a long list (the roll, the opinions), with where the reader is between
// them. A missing handler means there is nothing that way: the button is held.

type Props = {
  /** Messages that name the pager's label and its two buttons. */
  t: (key: "pagination" | "prev" | "next") => string;
  /** "Page 2 of 5", "51–100 of 230". */
  position: string;
  onPrev?: () => void;
  onNext?: () => void;
};

export function Pager({ t, position, onPrev, onNext }: Props) {
  return (
    <nav className="detail-pager" aria-label={t("pagination")}>
      <button type="button" className="button button--small" disabled={!onPrev} onClick={onPrev}>
        {t("prev")}
      </button>
      <span>{position}</span>
      <button type="button" className="button button--small" disabled={!onNext} onClick={onNext}>
        {t("next")}
      </button>
    </nav>
  );
}
