// The events of the kit's phone and of its calls (src/calling/phone.ts).
type Listener<T> = (detail: T) => void;

/** A minimal typed event emitter: `on` gives back the function that stops listening. */
export class Emitter<Events extends object> {
  #listeners = new Map<keyof Events, Set<Listener<never>>>();

  on<K extends keyof Events>(type: K, listener: Listener<Events[K]>): () => void {
    let set = this.#listeners.get(type);
    if (!set) this.#listeners.set(type, (set = new Set()));
    set.add(listener as Listener<never>);
    return () => set.delete(listener as Listener<never>);
  }

  protected emit<K extends keyof Events>(type: K, detail: Events[K]): void {
    for (const listener of [...(this.#listeners.get(type) ?? [])]) (listener as Listener<Events[K]>)(detail);
  }
}
