/**
 * The attributes of a wide table's horizontal scroller (`.table-wrap`): it takes the keyboard focus
 * and is named, so a keyboard or screen-reader user on a phone can scroll it too (WCAG 2.1.1;
 * axe: scrollable-region-focusable).
 */
export function scrollRegion(label: string) {
  return { role: "region", "aria-label": label, tabIndex: 0 } as const;
}
