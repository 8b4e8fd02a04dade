/** The seed's clock and schedule: the company's history is played in time order through the backend. */

/** A clock the seed moves through the company's history, then hands over to the real one. */
export function seedingClock(now: () => Date) {
  let at: Date | null = null;
  return {
    now: () => at ?? now(),
    set: (date: Date | null) => {
      at = date;
    },
  };
}

interface Step {
  at: number;
  seq: number;
  run: () => void;
}

/**
 * Scheduled steps of the history, run in time order (in the order they were
 * scheduled at the same instant). A step may schedule later ones: a day of
 * calls schedules each call at its time.
 */
export class Timeline {
  /** Latest first, so the next step is popped from the end. */
  private readonly steps: Step[] = [];
  private sorted = true;
  private seq = 0;

  constructor(private readonly end: number) {}

  at(time: number, run: () => void): void {
    if (time > this.end) return;
    this.steps.push({ at: time, seq: this.seq++, run });
    this.sorted = false;
  }

  play(setClock: (date: Date) => void): void {
    for (;;) {
      if (!this.sorted) {
        this.steps.sort((a, b) => b.at - a.at || b.seq - a.seq);
        this.sorted = true;
      }
      const step = this.steps.pop();
      if (!step) return;
      setClock(new Date(step.at));
      step.run();
    }
  }
}
