import { describe, expect, it } from 'vitest';
import { createScenario } from '../../../mocks/scenarios.js';
import { ProblemError } from '../../../mocks/problem.js';

const byName = (name: string) => {
  const { backend } = createScenario('default');
  const id = backend.listSipProfiles().body.find((p) => p.name === name)!.id;
  return { backend, id };
};

describe('revealSipProfileSecret on the mock', () => {
  it('gives the registration password only when asked, unstored by caches, and records who asked', () => {
    const { backend, id } = byName('Centrala Warszawa');
    const detail = backend.getSipProfile(id).body;
    expect(detail.trunk?.username).toBeTruthy();
    expect(JSON.stringify(detail)).not.toMatch(/password/i);
    expect(backend.sipSecretReveals).toEqual([]);

    const answer = backend.revealSipProfileSecret(id);
    expect(answer.headers).toEqual({ 'Cache-Control': 'no-store' });
    expect(answer.body.username).toBe(detail.trunk!.username);
    expect(answer.body.password).toMatch(/^[\x21-\x7E]{8,128}$/);
    expect(backend.sipSecretReveals).toEqual([{ profileId: id, by: backend.getManager().body.adminAccountName, at: expect.any(Date) }]);
    // The same profile gives the same password every time.
    expect(backend.revealSipProfileSecret(id).body.password).toBe(answer.body.password);
  });

  it('has no secret for a profile trusted by its address', () => {
    const { backend, id } = byName('Standard Paris');
    expect(backend.getSipProfile(id).body.trunk?.username).toBeUndefined();
    expect(() => backend.revealSipProfileSecret(id)).toThrow(ProblemError);
    try {
      backend.revealSipProfileSecret(id);
    } catch (error) {
      expect((error as ProblemError).status).toBe(404);
      expect((error as ProblemError).code).toBe('not_found');
    }
    expect(backend.sipSecretReveals).toEqual([]);
  });
});
