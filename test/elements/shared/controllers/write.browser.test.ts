import { describe, expect, it } from 'vitest';
import type { DialkitError, Result } from '../../../../src/core/errors.js';
import { textOf } from '../../../support/dom.js';
import { host } from './support.js';

const failure = (code: DialkitError['code']): Result<never> => ({ ok: false, error: { code, message: code } });

describe('WriteController', () => {
  it('is pending while the request is under way, and ignores a second submit then', async () => {
    const { el } = await host();
    let finish!: (r: Result<string>) => void;
    let sent = 0;
    const send = () => {
      sent++;
      return new Promise<Result<string>>((resolve) => (finish = resolve));
    };
    const first = el.save.run(send);
    expect(el.save.pending).toBe(true);
    expect(el.save.label('Save')).toBe('Saving…');
    expect(await el.save.run(send)).toBeUndefined();
    finish({ ok: true, data: 'done' });
    expect(await first).toEqual({ ok: true, data: 'done' });
    expect(sent).toBe(1);
    expect(el.save.pending).toBe(false);
    expect(el.save.label('Save')).toBe('Save');
  });

  it('after an unknown outcome keeps the error, offers Retry and says the input is kept', async () => {
    const { el, root } = await host();
    const errors: string[] = [];
    el.addEventListener('dk-error', (e) => errors.push(`${e.detail.operation}:${e.detail.error.code}`));
    await el.save.run(async () => failure('network'));
    await el.updateComplete;
    expect(el.save.uncertain).toBe(true);
    expect(el.save.label('Save')).toBe('Try again');
    const alert = root.querySelector('#save-error [role="alert"]')!;
    expect(textOf(alert)).toContain('What you entered is kept.');
    expect(errors).toEqual(['updateMember:network']);
    // Changing the request does not hide that the last attempt may have gone through.
    el.save.dismiss();
    expect(el.save.error?.code).toBe('network');
    el.save.dismiss({ force: true });
    expect(el.save.error).toBeUndefined();
  });

  it('explains a refusal without offering Retry, and forgets it when the user changes the request', async () => {
    const { el, root } = await host();
    await el.save.run(async () => failure('conflict'));
    await el.updateComplete;
    expect(el.save.uncertain).toBe(false);
    expect(el.save.label('Save')).toBe('Save');
    expect(textOf(root.querySelector('#save-error')!)).not.toContain('kept');
    el.save.dismiss();
    await el.updateComplete;
    expect(root.querySelector('#save-error [role="alert"]')).toBeNull();
  });

  it('sends a money request again with the same idempotency key until it goes through', async () => {
    const { el, root } = await host();
    const keys: Array<string | undefined> = [];
    const request = { amount: 23456 };
    await el.buy.run(async (key) => (keys.push(key), failure('network')), request);
    await el.buy.run(async (key) => (keys.push(key), failure('internal')), { ...request });
    await el.updateComplete;
    expect(textOf(root.querySelector('#buy-error')!)).toContain('will not charge twice');
    await el.buy.run(async (key) => (keys.push(key), { ok: true, data: 1 }), request);
    await el.buy.run(async (key) => (keys.push(key), { ok: true, data: 2 }), request);
    expect(keys[0]).toMatch(/\S{16,}/);
    expect(keys[1]).toBe(keys[0]);
    expect(keys[2]).toBe(keys[0]);
    // Once it went through, the same amount again is a new purchase.
    expect(keys[3]).not.toBe(keys[0]);
  });

  it('gives another request another key', async () => {
    const { el } = await host();
    const keys: Array<string | undefined> = [];
    await el.buy.run(async (key) => (keys.push(key), failure('network')), { amount: 100 });
    await el.buy.run(async (key) => (keys.push(key), failure('network')), { amount: 200 });
    expect(keys[1]).not.toBe(keys[0]);
    expect(el.save.intent).toBeUndefined();
  });

  it('turns a thrown error into a reported failure', async () => {
    const { el } = await host();
    const result = await el.save.run(async () => {
      throw { code: 'network', message: 'offline' };
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'network' } });
    expect(el.save.pending).toBe(false);
    expect(el.save.uncertain).toBe(true);
  });
});
