/** What the button checks and computes, apart from the DOM (so Node tests reach it). */

/** `skype:` account (`?call`, optionally `&video=true`), `sip:` address, or `tel:` in E.164. */
export const TARGET = /^(skype:[\w.:,-]+\?call(&video=true)?|sip:[\w.+%-]+@[\w.-]+|tel:\+[1-9]\d{6,14})$/i;
/**
 * One range of opening hours: ISO weekdays (1 is Monday), then a time range
 * within the day (`1-5 09:00-17:00`, `6 10:00-14:00`).
 */
export const HOURS = /([1-7])(?:-([1-7]))? (\d\d):(\d\d)-(\d\d):(\d\d)/g;
const WEEK = 10080;

/**
 * Minutes until the line opens (0 while it is open, and when no day is in any
 * range), from opening hours kept in the business's time zone (the visitor's
 * when none is given). It throws for a time zone the runtime does not know,
 * which is how the button checks `tz`.
 */
export function minutesToOpen(hours: string, timeZone: string | undefined, now: Date): number {
  // The wall clock of the business: the `en` (en-US) form is one every browser's Date parses.
  const d = new Date(now.toLocaleString('en', { timeZone }));
  const at = d.getDay() * 1440 + d.getHours() * 60 + d.getMinutes();
  let wait = WEEK;
  for (const [, from, to = from, h1, m1, h2, m2] of hours.matchAll(HOURS) as Iterable<string[] & { 1: string; 3: string; 4: string; 5: string; 6: string }>) {
    // One digit each, so they compare as text too; `++` and `%` make a number of `day`.
    for (let day: any = from; day <= to; day++) {
      // Minutes until this day's opening; open while fewer than the range lasts have passed since.
      const start = ((day % 7) * 1440 + +h1 * 60 + +m1 - at + WEEK) % WEEK;
      if ((WEEK - start) % WEEK < +h2 * 60 + +m2 - +h1 * 60 - +m1) return 0;
      if (start < wait) wait = start;
    }
  }
  // No day in any range (e.g. `5-1`): no opening hours, always open.
  return wait % WEEK;
}
