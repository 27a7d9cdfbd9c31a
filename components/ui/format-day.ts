/** Due dates are calendar days stored as the end of a UTC day, so they are shown in UTC: the day the instructor chose. */
const dayFormat = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeZone: "UTC" });

export function formatDay(date: Date): string {
  return dayFormat.format(date);
}

/** The value of an `<input type="date">` for a stored due date. */
export function dateInputValue(date: Date | null): string {
  return date ? date.toISOString().slice(0, 10) : "";
}
