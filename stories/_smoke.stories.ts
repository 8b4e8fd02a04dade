import { html } from 'lit';
import { http, HttpResponse } from 'msw';
import { expect, waitFor } from 'storybook/test';
import type { Meta, StoryObj } from '@storybook/web-components-vite';

const meta: Meta = { title: 'Smoke' };
export default meta;

export const Plain: StoryObj = {
  render: () => html`<p>Plain paragraph</p>`,
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('p')?.textContent).toBe('Plain paragraph');
    await expect(canvasElement.closest('[lang]')?.getAttribute('lang')).toBe('en');
  },
};

export const FromMsw: StoryObj = {
  beforeEach({ msw }) {
    msw.use(http.get('/api/smoke', () => HttpResponse.json({ text: 'hello from msw' })));
  },
  render: () => {
    const p = document.createElement('p');
    p.textContent = 'loading';
    fetch('/api/smoke')
      .then((r) => r.json() as Promise<{ text: string }>)
      .then((body) => (p.textContent = body.text), (e: unknown) => (p.textContent = `failed: ${String(e)}`));
    return p;
  },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(canvasElement.querySelector('p')?.textContent).toBe('hello from msw'));
  },
};
