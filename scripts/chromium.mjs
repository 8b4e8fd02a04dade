// Finds the Chromium the browser tests drive. Browsers are not downloaded by
// test tools here: CHROME_PATH wins, then the usual system paths, then PATH.
// scripts/test.mjs installs Debian's chromium when none is found and apt is
// available as root.
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

export const CHROMIUM_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

const NAMES_ON_PATH = ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome'];

function onPath() {
  for (const dir of (process.env.PATH ?? '').split(delimiter).filter(Boolean)) {
    for (const name of NAMES_ON_PATH) {
      const candidate = join(dir, name);
      if (existsSync(candidate)) return candidate;
    }
  }
  return null;
}

/** Absolute path of a Chromium binary, or null when there is none. */
export function findChromium() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return CHROMIUM_CANDIDATES.find((p) => existsSync(p)) ?? onPath();
}

/** Flags that keep a headless Chromium quiet on a closed network and usable as root. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Containers often give /dev/shm only 64 MB, which crashes tabs.
  '--disable-dev-shm-usage',
  // Calls: a generated tone as the microphone, granted without a prompt (a
  // page allowed the microphone sees its real addresses, not mDNS names), and
  // media between two peers of the same machine over the loopback interface.
  '--use-fake-device-for-media-stream',
  '--use-fake-ui-for-media-stream',
  '--allow-loopback-in-peer-connection',
];

/**
 * Playwright launch options for Vitest's browser projects. Playwright makes a
 * fresh profile by itself and refuses --user-data-dir, so none is passed.
 */
export function chromiumLaunchOptions() {
  const executablePath = findChromium() ?? undefined;
  return { executablePath, args: CHROMIUM_ARGS };
}
