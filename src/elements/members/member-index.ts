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
 * ASCII text only needs lower case).
 */
export function searchKeyOf(m: Pick<Member, 'displayName' | 'accountName' | 'email'>): string {
  return `${foldText(m.displayName)}\n${foldText(m.accountName)}\n${m.email ? foldText(m.email) : ''}`;
}

/**
 * Every member of the company, held in memory for the list: a folded search
 * key per member, filters and sort done here so a keystroke costs one pass
 * over precomputed strings.
 *
 * Members are kept in the order they arrive (the backend's name order); other
 * orders are computed on demand, once per sort and data change. Search keys
 * and the id lookup are built after the members are in (`prepare`, in idle
 * time), or at once when first needed, so that a large list shows as soon as
 * it is loaded.
 */
export class MemberIndex {
  private members: Member[] = [];
  private keys: string[] = [];
  /** Members `[0, keyed)` have their search key. */
  private keyed = 0;
  private positions = new Map<string, number>();
  /** Whether `positions` covers every member (and duplicates were dropped). */
  private positioned = true;
  private orders = new Map<string, Int32Array>();
  private departmentNames = new Map<string, string>();
  private locale = 'en';
  private collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
  /** Last filter result, reused when the next query only adds characters. */
  private last?: { signature: string; query: string; result: number[] };
  /** Bumped on every change, so views know when to filter again. */
  version = 0;

  get size(): number {
    return this.members.length;
  }

  /** Locale of the comparisons for sorting by text. */
  setLocale(locale: string): void {
    if (locale === this.locale) return;
    this.locale = locale;
    this.collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
    this.orders.clear();
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
    this.keyed = 0;
    this.positions.clear();
    this.positioned = true;
    this.changed(true);
  }

  /**
   * Adds a page of members at the end. Their keys and lookup come later
   * (`prepare`); a member that arrives twice (the list changed between two
   * pages) is dropped then.
   */
  append(items: readonly Member[]): void {
    for (const m of items) this.members.push(m);
    this.positioned = false;
    this.changed(true);
  }

  /** Adds or replaces members at once. */
  add(items: readonly Member[]): void {
    this.ensurePositions();
    for (const m of items) {
      const at = this.positions.get(m.id);
      if (at !== undefined) this.replaceAt(at, m);
      else {
        this.positions.set(m.id, this.members.length);
        this.members.push(m);
      }
    }
    this.changed(true);
  }

  private replaceAt(at: number, m: Member): void {
    this.members[at] = m;
    if (at < this.keyed) this.keys[at] = searchKeyOf(m);
  }

  /**
   * Builds search keys (and, with `lookup`, the id lookup) for up to
   * `budgetMs`; true when done. Called in idle time while and after loading.
   */
  prepare(budgetMs = 8, lookup = true): boolean {
    const end = performance.now() + budgetMs;
    const n = this.members.length;
    while (this.keyed < n) {
      const stop = Math.min(n, this.keyed + 2000);
      for (let i = this.keyed; i < stop; i++) this.keys[i] = searchKeyOf(this.members[i] as Member);
      this.keyed = stop;
      if (performance.now() > end) return false;
    }
    if (lookup) this.ensurePositions();
    return true;
  }

  private ensureKeys(): void {
    for (let i = this.keyed; i < this.members.length; i++) this.keys[i] = searchKeyOf(this.members[i] as Member);
    this.keyed = this.members.length;
  }

  private ensurePositions(): void {
    if (this.positioned) return;
    this.positions.clear();
    let duplicates = false;
    for (let i = 0; i < this.members.length; i++) {
      const id = (this.members[i] as Member).id;
      if (this.positions.has(id)) duplicates = true;
      else this.positions.set(id, i);
    }
    this.positioned = true;
    if (duplicates) {
      // Keep the first copy of each member; keys follow their members.
      const keep = this.members.map((m, i) => this.positions.get(m.id) === i);
      this.members = this.members.filter((_, i) => keep[i]);
      this.keys = this.keys.filter((_, i) => keep[i]);
      this.keyed = keep.slice(0, this.keyed).filter(Boolean).length;
      this.positions.clear();
      this.members.forEach((m, i) => this.positions.set(m.id, i));
      this.changed(true);
    }
  }

  /** Replaces a member after a write. */
  update(m: Member): void {
    this.ensurePositions();
    const at = this.positions.get(m.id);
    if (at === undefined) return this.add([m]);
    this.replaceAt(at, m);
    this.changed(true);
  }

  remove(id: string): void {
    this.ensurePositions();
    const at = this.positions.get(id);
    if (at === undefined) return;
    this.members.splice(at, 1);
    if (at < this.keyed) {
      this.keys.splice(at, 1);
      this.keyed--;
    }
    this.positions.clear();
    this.members.forEach((x, i) => this.positions.set(x.id, i));
    this.changed(true);
  }

  get(id: string): Member | undefined {
    this.ensurePositions();
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
    this.last = undefined;
    if (data) this.orders.clear();
  }

  /** Positions of every member in the order of `sort`. */
  private orderFor(sort: MemberSortKey, order: SortOrder): Int32Array {
    const cacheKey = `${sort}:${order}`;
    let cached = this.orders.get(cacheKey);
    if (cached) return cached;
    const n = this.members.length;
    const positions = new Int32Array(n);
    for (let i = 0; i < n; i++) positions[i] = i;
    if (sort !== 'name' || order !== 'asc') {
      const base = sort === 'name' ? undefined : this.comparator(sort);
      if (base) {
        const m = this.members;
        const byName = (a: number, b: number): number => a - b;
        positions.sort((a, b) => base(m[a] as Member, m[b] as Member) || byName(a, b));
      }
      if (order === 'desc') positions.reverse();
    }
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
   * word of the query must appear in the member's folded key. A query that
   * extends the previous one with the same filters searches only the
   * previous result.
   */
  filter(filter: MemberFilter, sort: MemberSortKey = 'name', order: SortOrder = 'asc'): number[] {
    const words = foldForSearch(filter.query ?? '').split(/\s+/).filter(Boolean);
    if (words.length > 0) this.ensureKeys();
    const query = words.join(' ');
    const signature = `${filter.departmentId ?? ''}|${filter.groupId ?? ''}|${filter.status ?? ''}|${filter.role ?? ''}|${sort}:${order}`;
    const previous = this.last;
    const narrowing = previous && previous.signature === signature && query.startsWith(previous.query) && previous.query !== '';
    const source: ArrayLike<number> = narrowing ? previous.result : this.orderFor(sort, order);
    const { departmentId, groupId, status, role } = filter;
    const members = this.members;
    const keys = this.keys;
    const result: number[] = [];
    const n = source.length;
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
      result.push(at);
    }
    this.last = { signature, query, result };
    return result;
  }

  /** The members at `positions`. */
  at(positions: readonly number[]): Member[] {
    const out = new Array<Member>(positions.length);
    for (let i = 0; i < positions.length; i++) out[i] = this.members[positions[i] as number] as Member;
    return out;
  }
}
