// Sorting names the way Vietnamese readers expect: "Đông" after "Dương" and before "Tây", "Tổ 2"
// before "Tổ 10". The database's collation orders by code point ("Đ" after "Z": the embedded
// server's builtin C.UTF-8, and no ICU collation is assumed on a server), so lists of names are ordered here.
const collator = new Intl.Collator("vi", { numeric: true, sensitivity: "base" });

export const compareVi = (a: string, b: string) => collator.compare(a, b);

export function sortByName<T>(items: readonly T[], name: (item: T) => string): T[] {
  return [...items].sort((a, b) => compareVi(name(a), name(b)));
}

/**
 * Lower case, no diacritics (đ → d), single spaces: what a header or a yes/no cell typed by hand is
 * matched by ("Đồng ý", "dong y" and "DONG  Y" are one answer).
 */
export function foldVi(raw: string): string {
  return raw
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[_\s]+/g, " ")
    .trim();
}
