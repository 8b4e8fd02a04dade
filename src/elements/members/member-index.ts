import type { Member, MemberRole, MemberStatus } from '../../adapter/types.js';
import { foldForSearch } from '../../core/text.js';

/** Columns the list sorts on. */
export type MemberSortKey = 'name' | 'accountName' | 'department' | 'role' | 'credit' | 'status';
export type SortOrder = 'asc' | 'desc';

export interface MemberFilter {
  query?: string;
  departmentId?: string;
  groupId?: string;
  status?: MemberStatus | '';
  role?: MemberRole | '';
}

const ASCII = /^[\x00-\x7f]*$/;
/** Folded words, shared by every index: first names and surnames repeat across a company. */
const foldedWords = new Map<string, string>();

function foldWord(word: string): string {
  let folded = foldedWords.get(word);
  if (folded === undefined) {
    folded = foldForSearch(word);
    if (foldedWords.size > 100_000) foldedWords.clear();
    foldedWords.set(word, folded);
  }
  return folded;
}

/**
 * `foldForSearch(text)`, to the character: folding is the same word by word
 * (a space is no combining mark, and ends the context of a final sigma), and
 * every space is kept, leading ones included.
 */
function foldText(text: string): string {
  if (ASCII.test(text)) return text.toLowerCase();
  return text.split(' ').map(foldWord).join(' ');
}

/**
 * The folded search text of a member: display name, account name and e-mail,
 * as `foldForSearch` gives them (word by word, each distinct word folded once;
 * ASCII text only needs lower case). Joined, not concatenated: V8 keeps a
 * concatenation as a rope and flattens it at its first search, which made the
 * first keystroke over 100,000 members pay for all of them.
 */
export function searchKeyOf(m: Pick<Member, 'displayName' | 'accountName' | 'email'>): string {
  return [foldText(m.displayName), foldText(m.accountName), m.email ? foldText(m.email) : ''].join('\n');
}

/** Sorts that compare text, in the element's language. */
const COLLATED: ReadonlySet<string> = new Set<MemberSortKey>(['accountName', 'department']);

/** Results kept for queries typed earlier with the same filters: erasing a character reads one back. */
const KEPT_RESULTS = 32;

/**
 * Every member of the company, held in memory for the list: a folded search
 * key per member, filters and sort done here so a keystroke costs one pass
 * over precomputed strings, or less.
 *
 * Members are kept in the order they arrive (the backend's name order); other
 * orders are computed on demand, once per sort and data change. A member's
 * search key and id lookup are made as its page arrives (about a millisecond
 * a page of 500, while the next page is on its way), so that no keystroke,
 * the first included, pays for building them. A query that extends the one
 * before searches only its result; one typed before with the same filters
 * (erasing a character) is read back.
 */
export class MemberIndex {
  private members: Member[] = [];
  private keys: string[] = [];
  private positions = new Map<string, number>();
  private orders = new Map<string, Int32Array>();
  private departmentNames = new Map<string, string>();
  private locale = 'en';
  private collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
  /** Filters and sort of the results kept, and the results by query, the last one last. */
  private results: { signature: string; byQuery: Map<string, Int32Array> } = { signature: '', byQuery: new Map() };
  /**
   * Every position in arrival order, and where `filter` gathers its matches:
   * both grown as pages arrive (doubling), so that no keystroke, the first
   * included, allocates a buffer the size of the company. (An allocation
   * outside the JavaScript heap that large makes V8 run a step of its
   * garbage collector's marking in the task that asked for it: up to 5 ms
   * each, right after a mount of 100,000 members.)
   */
  private arrival = new Int32Array(0);
  private scratch = new Int32Array(0);
  /** Bumped on every change, so views know when to filter again. */
  version = 0;

  get size(): number {
    return this.members.length;
  }

  /**
   * Locale of the comparisons for sorting by text. Only the orders that
   * compare text (account name, department) depend on it: the others, and
   * the results made from them, stay.
   */
  setLocale(locale: string): void {
    if (locale === this.locale) return;
    this.locale = locale;
    this.collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
    const collated = [...this.orders.keys()].filter((key) => COLLATED.has(key.slice(0, key.indexOf(':'))));
    if (collated.length === 0) return;
    for (const key of collated) this.orders.delete(key);
    this.changed();
  }

  /** Department names, for sorting by department. */
  setDepartments(departments: ReadonlyArray<{ id: string; name: string }>): void {
    this.departmentNames = new Map(departments.map((d) => [d.id, d.name]));
    this.orders.delete('department:asc');
    this.orders.delete('department:desc');
    this.changed();
  }

  clear(): void {
    this.members = [];
    this.keys = [];
    this.positions.clear();
    this.changed(true);
  }

  /**
   * Adds a page of members at the end, with their search keys. A member that
   * arrives twice (the list changed between two pages) keeps its first place.
   */
  append(items: readonly Member[]): void {
    for (const m of items) {
      if (this.positions.has(m.id)) continue;
      this.positions.set(m.id, this.members.length);
      this.members.push(m);
      this.keys.push(searchKeyOf(m));
    }
    this.reserve();
    this.changed(true);
  }

  /** Room in the position buffers for every member (see `arrival`). */
  private reserve(): void {
    const n = this.members.length;
    if (this.arrival.length >= n) return;
    const size = Math.max(n, this.arrival.length * 2, 64);
    this.arrival = new Int32Array(size);
    for (let i = 0; i < size; i++) this.arrival[i] = i;
    this.scratch = new Int32Array(size);
  }

  /** Adds or replaces members at once. */
  add(items: readonly Member[]): void {
    for (const m of items) {
      const at = this.positions.get(m.id);
      if (at !== undefined) this.replaceAt(at, m);
      else {
        this.positions.set(m.id, this.members.length);
        this.members.push(m);
        this.keys.push(searchKeyOf(m));
      }
    }
    this.reserve();
    this.changed(true);
  }

  private replaceAt(at: number, m: Member): void {
    this.members[at] = m;
    this.keys[at] = searchKeyOf(m);
  }

  /** Replaces a member after a write. */
  update(m: Member): void {
    const at = this.positions.get(m.id);
    if (at === undefined) return this.add([m]);
    this.replaceAt(at, m);
    this.changed(true);
  }

  remove(id: string): void {
    const at = this.positions.get(id);
    if (at === undefined) return;
    this.members.splice(at, 1);
    this.keys.splice(at, 1);
    this.positions.clear();
    this.members.forEach((x, i) => this.positions.set(x.id, i));
    this.changed(true);
  }

  get(id: string): Member | undefined {
    const at = this.positions.get(id);
    return at === undefined ? undefined : this.members[at];
  }

  all(): readonly Member[] {
    return this.members;
  }

  count(test: (m: Member) => boolean): number {
    let n = 0;
    for (const m of this.members) if (test(m)) n++;
    return n;
  }

  /** Finds a member by account name or e-mail, case-insensitively. */
  findByAccountOrEmail(value: string): Member | undefined {
    const wanted = value.toLowerCase();
    return this.members.find((m) => m.accountName.toLowerCase() === wanted || m.email?.toLowerCase() === wanted);
  }

  private changed(data = false): void {
    this.version++;
    this.results = { signature: '', byQuery: new Map() };
    if (data) this.orders.clear();
  }

  /** Positions of every member in the order of `sort`. */
  private orderFor(sort: MemberSortKey, order: SortOrder): Int32Array {
    const cacheKey = `${sort}:${order}`;
    let cached = this.orders.get(cacheKey);
    if (cached) return cached;
    const n = this.members.length;
    // Arrival order is name order: a view of the positions kept, no copy.
    if (sort === 'name' && order === 'asc') return this.arrival.subarray(0, n);
    const positions = this.arrival.slice(0, n);
    const base = sort === 'name' ? undefined : this.comparator(sort);
    if (base) {
      const m = this.members;
      const byName = (a: number, b: number): number => a - b;
      positions.sort((a, b) => base(m[a] as Member, m[b] as Member) || byName(a, b));
    }
    if (order === 'desc') positions.reverse();
    cached = positions;
    this.orders.set(cacheKey, cached);
    return cached;
  }

  private comparator(sort: Exclude<MemberSortKey, 'name'>): (a: Member, b: Member) => number {
    switch (sort) {
      case 'accountName':
        return (a, b) => this.collator.compare(a.accountName, b.accountName);
      case 'department': {
        // One collation per department, not per comparison.
        const names = [...new Set(this.members.map((m) => this.departmentNames.get(m.departmentId) ?? ''))].sort(this.collator.compare);
        const rank = new Map(names.map((name, i) => [name, i]));
        const rankOf = (m: Member): number => rank.get(this.departmentNames.get(m.departmentId) ?? '') ?? 0;
        return (a, b) => rankOf(a) - rankOf(b);
      }
      case 'role':
        return (a, b) => (a.role === b.role ? 0 : a.role === 'admin' ? -1 : 1);
      case 'credit':
        return (a, b) => a.credit.amountMinor - b.credit.amountMinor;
      case 'status':
        return (a, b) => (a.status === b.status ? 0 : a.status === 'active' ? -1 : 1);
    }
  }

  /**
   * Positions of the members matching `filter`, in the order of `sort`. Every
   * word of the query must appear in the member's folded key. A query typed
   * before with the same filters and sort is answered from its result; one
   * that extends the last query searches only the last result.
   */
  filter(filter: MemberFilter, sort: MemberSortKey = 'name', order: SortOrder = 'asc'): Int32Array {
    const words = foldForSearch(filter.query ?? '').split(/\s+/).filter(Boolean);
    const query = words.join(' ');
    const signature = `${filter.departmentId ?? ''}|${filter.groupId ?? ''}|${filter.status ?? ''}|${filter.role ?? ''}|${sort}:${order}`;
    if (this.results.signature !== signature) this.results = { signature, byQuery: new Map() };
    const kept = this.results.byQuery;
    const known = kept.get(query);
    if (known) {
      kept.delete(query);
      kept.set(query, known);
      return known;
    }
    const previous = [...kept.keys()].at(-1);
    const narrowing = previous !== undefined && previous !== '' && query.startsWith(previous);
    const source = narrowing ? (kept.get(previous) as Int32Array) : this.orderFor(sort, order);
    const { departmentId, groupId, status, role } = filter;
    const members = this.members;
    const keys = this.keys;
    const n = source.length;
    if (!words.length && !departmentId && !groupId && !status && !role) return this.keep(query, source);
    // Matches go into a buffer kept for the purpose, then copied at their
    // size: no array grown a push at a time, and typed arrays the garbage
    // collector does not walk (32 results of up to 100,000 positions are kept).
    const found = this.scratch;
    let count = 0;
    const w0 = words[0];
    const single = words.length === 1;
    for (let i = 0; i < n; i++) {
      const at = source[i] as number;
      if (w0 !== undefined) {
        const key = keys[at] as string;
        if (single) {
          if (!key.includes(w0)) continue;
        } else if (!words.every((w) => key.includes(w))) continue;
      }
      if (departmentId || groupId || status || role) {
        const m = members[at] as Member;
        if (departmentId && m.departmentId !== departmentId) continue;
        if (groupId && !m.groupIds.includes(groupId)) continue;
        if (status && m.status !== status) continue;
        if (role && m.role !== role) continue;
      }
      found[count++] = at;
    }
    return this.keep(query, found.slice(0, count));
  }

  /** Keeps a result for its query, the last one last. */
  private keep(query: string, result: Int32Array): Int32Array {
    const kept = this.results.byQuery;
    kept.set(query, result);
    if (kept.size > KEPT_RESULTS) kept.delete(kept.keys().next().value as string);
    return result;
  }

  /**
   * The members at `positions`, as a read-only array that looks each one up
   * when it is read (a virtual list reads the few in view, and the length).
   * No array of their size is made: over 100,000 members a keystroke would
   * allocate up to 100,000 entries, and while V8 is marking the heap after
   * a large mount, such an allocation makes the keystroke's task run a
   * marking step of up to 5 ms. It follows the index's positions, so take a
   * new one when the members change.
   */
  view(positions: Int32Array): readonly Member[] {
    const members = this.members;
    // An index: a string of digits (no sign, no leading zero but "0").
    const indexOf = (key: string | symbol): number => {
      if (typeof key !== 'string') return -1;
      const n = key.length > 0 && key.charCodeAt(0) <= 57 ? Number(key) : NaN;
      return Number.isInteger(n) && n >= 0 && String(n) === key ? n : -1;
    };
    return new Proxy([] as Member[], {
      get: (target, key, receiver) => {
        if (key === 'length') return positions.length;
        const i = indexOf(key);
        return i < 0 ? Reflect.get(target, key, receiver) : members[positions[i] as number];
      },
      has: (target, key) => {
        const i = indexOf(key);
        return i < 0 ? Reflect.has(target, key) : i < positions.length;
      },
    });
  }

  /** The first place in `positions` whose member passes `test`, or -1 (a plain loop: no view, no copy). */
  findIn(positions: ArrayLike<number>, test: (m: Member) => boolean): number {
    const members = this.members;
    for (let i = 0; i < positions.length; i++) if (test(members[positions[i] as number] as Member)) return i;
    return -1;
  }

  /** The members at `positions`, copied into an array. */
  at(positions: ArrayLike<number>): Member[] {
    const out = new Array<Member>(positions.length);
    for (let i = 0; i < positions.length; i++) out[i] = this.members[positions[i] as number] as Member;
    return out;
  }
}
