import { describe, expect, it } from 'vitest';
import { FOUND_LIMIT, WHOLE_COMPANY } from '../../../../src/elements/shared/controllers/member-search.js';
import { textOf } from '../../../support/dom.js';
import { host } from './support.js';
import { member, membersBackend } from './host.js';

const names = ['Hélène Dupont', 'Łukasz Wójcik', 'Anna Nowak', 'Jan Kowalski'];

describe('MemberSearchController', () => {
  it('holds a small company whole and filters it in the page, accents and case ignored', async () => {
    const backend = membersBackend(names.map((n, i) => member(`m${i}`, n)));
    const { el } = await host(backend);
    await el.search.first.taskComplete;
    expect(el.search.large).toBe(false);
    expect(el.search.total).toBe(4);
    el.search.setQuery('helene');
    expect(el.search.pool().filter((m) => el.search.matches(m)).map((m) => m.displayName)).toEqual(['Hélène Dupont']);
    el.search.setQuery('lukasz');
    expect(el.search.pool().filter((m) => el.search.matches(m)).map((m) => m.id)).toEqual(['m1']);
    // One read: the first page, by name, as large as a whole small company.
    expect(backend.queries).toEqual([{ sort: 'name', limit: WHOLE_COMPANY }]);
    el.search.setQuery('');
    expect(textOf(el.shadowRoot!)).not.toContain('Type a name');
  });

  it('asks the server in a large company, once typing pauses, and keeps chosen members in the pool', async () => {
    const many = Array.from({ length: WHOLE_COMPANY + 20 }, (_, i) => member(`m${i}`, `Person ${String(i).padStart(4, '0')}`));
    const backend = membersBackend(many);
    const { el } = await host(backend);
    await el.search.first.taskComplete;
    expect(el.search.large).toBe(true);
    expect(el.search.total).toBe(WHOLE_COMPANY + 20);
    const hint = () => el.search.renderHint();
    expect(hint()).not.toBe(undefined);

    el.search.setQuery('Person 05');
    el.search.setQuery('Person 051');
    await el.updateComplete;
    await expect.poll(() => el.search.pool().length, { timeout: 20_000 }).toBe(10);
    // Only the last query reached the server.
    expect(backend.queries.filter((q) => q.query)).toEqual([{ sort: 'name', query: 'Person 051', limit: FOUND_LIMIT }]);
    expect(el.search.pool().every((m) => el.search.matches(m))).toBe(true);
    expect(el.search.get('m515')?.displayName).toBe('Person 0515');

    // A member chosen from that search stays in the pool of the next one.
    el.search.setQuery('Person 0001');
    await el.updateComplete;
    await expect.poll(() => el.search.pool(['m515']).map((m) => m.id), { timeout: 20_000 }).toEqual(['m515', 'm1']);
    expect(el.search.matches(el.search.get('m515')!)).toBe(false);
  });
});
