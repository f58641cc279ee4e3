/** The calendar date ("2024-01-12") an instant falls on in a time zone. */
const dateIn = (instant: Date, timeZone: string) =>
  new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);

/**
 * Time left before a call's deadline, as `<qmi-timeline>` shows it: calendar days ("J-28") and the days,
 * hours and minutes remaining.
 */
export interface Countdown {
  /** Calendar days to the deadline's day in the call's zone: "J-28" (0 on the day itself). */
  days: number;
  /** Whole days and hours left before the last second. */
  remaining: { days: number; hours: number; minutes: number };
}

/** Time left before a deadline (its whole last second included), counted in the call's time zone. */
export function countdown(now: Date, deadline: string, timeZone: string): Countdown | undefined {
  const end = Date.parse(deadline) + 1000;
  const left = end - now.getTime();
  if (left <= 0) return undefined;
  const days = Math.round(
    (Date.parse(dateIn(new Date(deadline), timeZone)) - Date.parse(dateIn(now, timeZone))) / 86_400_000,
  );
  const minutesLeft = Math.floor(left / 60_000);
  return {
    days,
    remaining: {
      days: Math.floor(minutesLeft / 1440),
      hours: Math.floor((minutesLeft % 1440) / 60),
      minutes: minutesLeft % 60,
    },
  };
}
