import { describe, expect, it } from 'vitest';
import type { Member } from '../../../src/adapter/types.js';
import { matchesQuery } from '../../../src/core/text.js';
import { MemberIndex, searchKeyOf } from '../../../src/elements/members/member-index.js';
import { parseInvitees } from '../../../src/elements/members/invitees.js';

let n = 0;
function member(displayName: string, over: Partial<Member> = {}): Member {
  n++;
  return {
    id: `mem_${String(n).padStart(4, '0')}`,
    accountName: `acct.${n}`,
    displayName,
    email: null,
    departmentId: 'dep_a',
    groupIds: [],
    role: 'member',
    status: 'active',
    canSignIn: true,
    sipProfileId: null,
    credit: { amountMinor: n * 100, currency: 'PLN' },
    autoRecharge: null,
    features: { mobileCalls: true, internationalCalls: false, onlineNumber: false, voicemail: true, callForwarding: false },
    numberIds: [],
    subscriptionIds: [],
    usageReportingConsent: true,
    joinedAt: '2026-01-01T00:00:00.000Z',
    version: 1,
    ...over,
  };
}

const names = (index: MemberIndex, positions: ArrayLike<number>) => index.at(positions).map((m) => m.displayName);

describe('MemberIndex', () => {
  const people = [
    member('Łukasz Wróbel', { departmentId: 'dep_b', groupIds: ['g1'] }),
    member('Anna Wróblewska', { role: 'admin' }),
    member('Hélène Lefèvre', { email: 'helene@example.com', status: 'linked' }),
    member('Zofia Żak', { groupIds: ['g1', 'g2'] }),
  ];

  it('finds members the way matchesQuery does: case and diacritics folded, every word', () => {
    const index = new MemberIndex();
    index.append(people);
    for (const q of ['wrob', 'LUKASZ', 'helene', 'lefevre hel', 'zak zofia', 'example.com', 'acct.', 'nobody', '']) {
      const expected = people.filter((m) => matchesQuery(q, m.displayName, m.accountName, m.email)).map((m) => m.displayName);
      expect(names(index, index.filter({ query: q })), q).toEqual(expected);
    }
  });

  it('narrows from the previous result and widens again when the query shrinks', () => {
    const index = new MemberIndex();
    index.append(people);
    expect(names(index, index.filter({ query: 'w' }))).toEqual(['Łukasz Wróbel', 'Anna Wróblewska']);
    expect(names(index, index.filter({ query: 'wrobe' }))).toEqual(['Łukasz Wróbel']);
    expect(names(index, index.filter({ query: 'wro' }))).toEqual(['Łukasz Wróbel', 'Anna Wróblewska']);
  });

  it('filters by department, group, status and role, and sorts', () => {
    const index = new MemberIndex();
    index.append(people);
    expect(names(index, index.filter({ departmentId: 'dep_b' }))).toEqual(['Łukasz Wróbel']);
    expect(names(index, index.filter({ groupId: 'g1' }))).toEqual(['Łukasz Wróbel', 'Zofia Żak']);
    expect(names(index, index.filter({ status: 'linked' }))).toEqual(['Hélène Lefèvre']);
    expect(names(index, index.filter({ role: 'admin' }))).toEqual(['Anna Wróblewska']);
    expect(names(index, index.filter({}, 'credit', 'desc'))[0]).toBe('Zofia Żak');
    expect(names(index, index.filter({}, 'name', 'desc'))).toEqual([...people].reverse().map((m) => m.displayName));
    expect(names(index, index.filter({}, 'role'))[0]).toBe('Anna Wróblewska');
  });

  it('replaces a member after a write, removes one, and drops a member that arrived twice', () => {
    const index = new MemberIndex();
    index.append(people);
    index.append([people[0]!]);
    expect(index.size).toBe(people.length);
    index.update({ ...people[3]!, displayName: 'Zofia Nowak', version: 2 });
    expect(names(index, index.filter({ query: 'nowak' }))).toEqual(['Zofia Nowak']);
    index.remove(people[0]!.id);
    expect(index.get(people[0]!.id)).toBeUndefined();
    expect(names(index, index.filter({ query: 'wrob' }))).toEqual(['Anna Wróblewska']);
    expect(index.findByAccountOrEmail('HELENE@example.com')?.displayName).toBe('Hélène Lefèvre');
  });

  it('answers a query typed before from its result, and forgets results when the members or filters change', () => {
    const index = new MemberIndex();
    index.append(people);
    const typed = index.filter({ query: 'w' });
    const narrowed = index.filter({ query: 'wr' });
    expect(names(index, narrowed)).toEqual(['Łukasz Wróbel', 'Anna Wróblewska']);
    // Erasing a character: the same result, not a new search.
    expect(index.filter({ query: 'w' })).toBe(typed);
    expect(index.filter({ query: 'wr' })).toBe(narrowed);
    // Other filters or sort: searched again.
    expect(index.filter({ query: 'w', role: 'admin' })).not.toBe(typed);
    expect(names(index, index.filter({ query: 'w', role: 'admin' }))).toEqual(['Anna Wróblewska']);
    // A member changed: searched again, and the change is found.
    const before = index.filter({ query: 'wr' });
    index.update({ ...people[0]!, displayName: 'Łukasz Nowak', version: 2 });
    const after = index.filter({ query: 'wr' });
    expect(after).not.toBe(before);
    expect(names(index, after)).toEqual(['Anna Wróblewska']);
  });

  it('keeps what does not compare text when the language changes, and sorts text again in the new one', () => {
    const index = new MemberIndex();
    index.append(people);
    const byName = index.filter({ query: 'a' });
    const version = index.version;
    index.setLocale('pl-PL');
    // The backend's name order and its results stay as they were: nothing to draw again.
    expect(index.version).toBe(version);
    expect(index.filter({ query: 'a' })).toBe(byName);
    // An order comparing text is made again, with the new language's collation.
    const byAccount = index.filter({}, 'accountName');
    index.setLocale('fr-FR');
    expect(index.version).toBe(version + 1);
    const again = index.filter({}, 'accountName');
    expect(again).not.toBe(byAccount);
    expect(names(index, again)).toEqual(names(index, byAccount));
  });

  it('lists every member in arrival order and in each sort, across pages of any size, and after a removal', () => {
    const index = new MemberIndex();
    const many = Array.from({ length: 700 }, (_, i) => member(`Person ${String(i).padStart(3, '0')}`, { credit: { amountMinor: (i * 37) % 101, currency: 'PLN' } }));
    // Pages of 1, 63, 200 and 436: the position buffers grow past each.
    for (const [from, to] of [[0, 1], [1, 64], [64, 264], [264, 700]]) index.append(many.slice(from, to));
    const arrival = many.map((m) => m.displayName);
    expect(names(index, index.filter({}))).toEqual(arrival);
    expect(names(index, index.filter({ query: 'person' }))).toEqual(arrival);
    expect(names(index, index.filter({}, 'name', 'desc'))).toEqual([...arrival].reverse());
    const byCredit = [...many].sort((a, b) => a.credit.amountMinor - b.credit.amountMinor || many.indexOf(a) - many.indexOf(b));
    expect(names(index, index.filter({}, 'credit'))).toEqual(byCredit.map((m) => m.displayName));
    // The arrival order itself is not changed by a sort.
    expect(names(index, index.filter({}))).toEqual(arrival);
    index.remove(many[5]!.id);
    expect(names(index, index.filter({}))).toEqual(arrival.filter((_, i) => i !== 5));
    expect(names(index, index.filter({ query: 'person' }))).toEqual(arrival.filter((_, i) => i !== 5));
  });

  it('views the members of a result as a read-only array, without copying them', () => {
    const index = new MemberIndex();
    index.append(people);
    const positions = index.filter({ query: 'wrob' });
    const view = index.view(positions);
    const copy = index.at(positions);
    expect(Array.isArray(view)).toBe(true);
    expect(view.length).toBe(copy.length);
    expect([...view]).toEqual(copy);
    expect(view[0]).toBe(copy[0]);
    expect(view[copy.length]).toBeUndefined();
    expect(view['01' as unknown as number]).toBeUndefined();
    expect(0 in view).toBe(true);
    expect(copy.length in view).toBe(false);
    expect(view.findIndex((m) => m.id === copy[1]!.id)).toBe(1);
    expect(view.every((m) => copy.includes(m))).toBe(true);
    expect(view.map((m) => m.displayName)).toEqual(copy.map((m) => m.displayName));
    expect(index.findIn(positions, (m) => m.id === copy[1]!.id)).toBe(1);
    expect(index.findIn(positions, () => false)).toBe(-1);
  });

  it('folds search keys as foldForSearch does', () => {
    expect(searchKeyOf({ displayName: 'Łukasz Wróbel', accountName: 'Lukasz.Wrobel', email: null })).toBe('lukasz wrobel\nlukasz.wrobel\n');
  });
});

describe('parseInvitees', () => {
  it('splits on commas, spaces and new lines, checks each entry and marks repeats', () => {
    const parsed = parseInvitees('new.colleague1, bad@\nNEW.colleague1;ola@example.com 9lives ab', {
      isMember: (v) => v === 'ola@example.com',
    });
    expect(parsed.map((p) => [p.value, p.type, p.problem])).toEqual([
      ['new.colleague1', 'account', null],
      ['bad@', 'email', { kind: 'email' }],
      ['NEW.colleague1', 'account', { kind: 'duplicate' }],
      ['ola@example.com', 'email', { kind: 'member' }],
      ['9lives', 'account', { kind: 'account', problem: 'must_start_with_letter' }],
      ['ab', 'account', { kind: 'account', problem: 'too_short' }],
    ]);
  });

  it('marks entries already invited, and accepts live: ids', () => {
    const parsed = parseInvitees('live:abc.def igor.sadowski', { isPending: (v) => v === 'igor.sadowski' });
    expect(parsed.map((p) => p.problem)).toEqual([null, { kind: 'pending' }]);
  });
});
