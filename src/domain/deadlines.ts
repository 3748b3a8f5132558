// When the results of a consultation are due to the public, and by how much they are late.
//
// Law on Grassroots Democracy 2022 Art 28 k3 makes the commune's Chairman publish the aggregated
// opinions and the commune's explanations, and Art 11 k11 lists them among what must be disclosed;
// Art 12 k3 sets the default time for a disclosure where no sectoral law sets one: "chậm nhất là 05
// ngày làm việc" from the document. We count from the closing of the consultation (the tally is
// frozen then). This is a reading of the law, not its letter: Art 28 itself sets no number of days.
//
// Working days are Monday to Friday in Vietnam time (UTC+7). Public holidays (Tết and the others,
// which move with the lunar calendar) are not counted out, so a deadline across a holiday is shown
// a few days early — on the strict side.

export const RESULTS_DUE_WORKING_DAYS = 5;

const DAY_MS = 86_400_000;
const VN_OFFSET_MS = 7 * 3_600_000;

/** Days since the epoch in Vietnam time, and the weekday (0 = Sunday). */
function vnDay(d: Date): { day: number; weekday: number } {
  const day = Math.floor((d.getTime() + VN_OFFSET_MS) / DAY_MS);
  return { day, weekday: (day + 4) % 7 }; // 1 January 1970 was a Thursday
}

const isWorkingDay = (weekday: number) => weekday !== 0 && weekday !== 6;

/** Working days strictly after `from`'s day, up to and including `to`'s day (0 if `to` is not later). */
export function workingDaysBetween(from: Date, to: Date): number {
  const a = vnDay(from);
  const b = vnDay(to);
  let n = 0;
  for (let day = a.day + 1, weekday = (a.weekday + 1) % 7; day <= b.day; day++, weekday = (weekday + 1) % 7) {
    if (isWorkingDay(weekday)) n++;
  }
  return n;
}

/**
 * The publication of a closed consultation's results: not yet due, due (within the 5 working days),
 * or overdue by so many working days. Published results are never late here, however late they were.
 */
export function resultsDeadline(
  closedAt: Date,
  now: Date,
): { state: "due"; workingDaysLeft: number } | { state: "overdue"; workingDaysLate: number } {
  const elapsed = workingDaysBetween(closedAt, now);
  if (elapsed <= RESULTS_DUE_WORKING_DAYS) return { state: "due", workingDaysLeft: RESULTS_DUE_WORKING_DAYS - elapsed };
  return { state: "overdue", workingDaysLate: elapsed - RESULTS_DUE_WORKING_DAYS };
}
