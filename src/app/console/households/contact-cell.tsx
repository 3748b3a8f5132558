// A household's contacts in a table cell or a details list: the phone and e-mail for staff the
// server sent them to, otherwise only whether the household has them (data.ts withContact).
import type { ContactView } from "@/server/households/data";

export function ContactCell({
  contact,
  hasPhone,
  hasEmail,
  text,
}: {
  contact: ContactView;
  hasPhone: boolean;
  hasEmail: boolean;
  text: { hasPhone: string; hasEmail: string; none: string };
}) {
  const lines = contact
    ? [contact.phone, contact.email].filter((v): v is string => !!v)
    : [hasPhone ? text.hasPhone : null, hasEmail ? text.hasEmail : null].filter((v): v is string => !!v);
  if (!lines.length) return <>{text.none}</>;
  return (
    <>
      {lines.map((l, i) => (
        <span key={l} className="households-contact-line">
          {i > 0 ? <br /> : null}
          {l}
        </span>
      ))}
    </>
  );
}
