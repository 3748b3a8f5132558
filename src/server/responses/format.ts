// Times in messages to residents and staff: Vietnam time, written as everywhere in the product ("09:12", "03/12/2026").
const TIME = new Intl.DateTimeFormat("vi-VN", {
  hour: "2-digit",
  minute: "2-digit",
  hour12: false,
  timeZone: "Asia/Ho_Chi_Minh",
});
const DAY = new Intl.DateTimeFormat("vi-VN", {
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
  timeZone: "Asia/Ho_Chi_Minh",
});

export function timeParams(date: Date): { time: string; day: string } {
  return { time: TIME.format(date), day: DAY.format(date) };
}
