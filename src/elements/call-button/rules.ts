/** What the button checks and computes, apart from the DOM (so Node tests reach it). */

/** `skype:` account (`?call`, optionally `&video=true`), `sip:` address, or `tel:` in E.164. */
export const TARGET = /^(skype:[\w.:,-]+\?call(&video=true)?|sip:[\w.+%-]+@[\w.-]+|tel:\+[1-9]\d{6,14})$/i;
/** `1-5 09:00-17:00, 6 10:00-14:00`: ISO weekdays (1 is Monday), then a time range. */
export const HOURS = /(\d)(?:-(\d))? (\d\d):(\d\d)-(\d\d):(\d\d)/g;
const WEEK = 10080;

/**
 * Minutes until the line opens (0 while it is open), from opening hours kept
 * in the business's time zone (the visitor's when none is given). Hours it
 * cannot read count as none: the button stays usable.
 */
export function minutesToOpen(hours: string, timeZone: string | undefined, now: Date): number {
  // The wall clock of the business: the en-US form is one every browser's Date parses.
  const d = new Date(now.toLocaleString('en-US', { timeZone }));
  const at = (d.getDay() || 7) * 1440 + d.getHours() * 60 + d.getMinutes();
  let wait = WEEK;
  for (const [, from, to = from, h1, m1, h2, m2] of hours.matchAll(HOURS) as Iterable<string[] & { 1: string; 3: string; 4: string; 5: string; 6: string }>) {
    for (let day = +from; day <= +to; day++) {
      const start = day * 1440 + +h1 * 60 + +m1;
      if ((at - start + WEEK) % WEEK < +h2 * 60 + +m2 - +h1 * 60 - +m1) return 0;
      wait = Math.min(wait, (start - at + WEEK) % WEEK);
    }
  }
  // No readable range: no opening hours, always open.
  return wait % WEEK;
}
