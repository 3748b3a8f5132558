import type { dashboardVi } from "./vi";

export const dashboardEn: { [K in keyof typeof dashboardVi]: string } = {
  title: "Dashboard",
  apply: "Show",
  summaryTitle: "Summary for {year}",
  held: "Consultations held",
  participation: "Participation",
  households: "Households responding / on the rolls",
  perUnit: "Decided per neighbourhood",
  advisory: "Advisory",
  listTitle: "Consultations",
  period: "Period",
  daysLeft: "Days left",
};
