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

/** Scheduled steps of the history, run in time order. */
export class Timeline {
  private readonly steps: { at: number; seq: number; run: () => void }[] = [];

  constructor(private readonly end: number) {}

  at(time: number, run: () => void): void {
    if (time <= this.end) this.steps.push({ at: time, seq: this.steps.length, run });
  }

  play(setClock: (date: Date) => void): void {
    this.steps.sort((a, b) => a.at - b.at || a.seq - b.seq);
    for (const step of this.steps) {
      setClock(new Date(step.at));
      step.run();
    }
  }
}
