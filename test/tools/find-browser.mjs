// Where a browser that can load an unpacked extension lives on this machine, found without
// installing anything: the e2e launchers (test/e2e/launch.mjs, test/firefox/launch.mjs) call it
// at import, test/tools/ensure-tools.mjs installs one when it finds none. Branded Google Chrome is
// never a candidate: from version 137 it ignores --load-extension, so the tests would run without
// Keyside and fail for a reason nobody could see.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { join } from 'node:path';

const env = process.env;
const winRoots = [env.LOCALAPPDATA, env.PROGRAMFILES, env['PROGRAMFILES(X86)']].filter(Boolean);

/** Chromium builds by platform, most specific first (Debian's real binary before its wrapper script). */
const chromiumCandidates = {
  linux: [
    '/usr/lib/chromium/chromium', // Debian
    '/usr/bin/chromium', // Debian wrapper, Arch
    '/usr/lib64/chromium-browser/chromium-browser', // Fedora
    '/usr/lib/chromium-browser/chromium-browser', // older Ubuntu, openSUSE
    '/usr/bin/chromium-browser',
    '/snap/bin/chromium', // Ubuntu's snap
  ],
  darwin: [
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    join(homedir(), 'Applications/Chromium.app/Contents/MacOS/Chromium'),
  ],
  win32: winRoots.map((root) => join(root, 'Chromium', 'Application', 'chrome.exe')),
};

const firefoxCandidates = {
  linux: [
    '/usr/bin/firefox-esr',
    '/usr/lib/firefox-esr/firefox-esr',
    '/usr/bin/firefox',
    '/usr/lib/firefox/firefox',
    '/snap/bin/firefox',
  ],
  darwin: [
    '/Applications/Firefox.app/Contents/MacOS/firefox',
    join(homedir(), 'Applications/Firefox.app/Contents/MacOS/firefox'),
  ],
  win32: winRoots.map((root) => join(root, 'Mozilla Firefox', 'firefox.exe')),
};

/** The Chromium that Playwright's own installer put in its cache, if it did. */
function playwrightChromium() {
  try {
    const require = createRequire(import.meta.url);
    const path = require('@playwright/test').chromium.executablePath();
    return path && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

/** @returns {{ path: string, how: string } | undefined} */
export function findChromium() {
  if (env.CHROMIUM_PATH) return { path: env.CHROMIUM_PATH, how: 'CHROMIUM_PATH' };
  const system = (chromiumCandidates[process.platform] ?? []).find((p) => existsSync(p));
  if (system) return { path: system, how: 'system Chromium' };
  const managed = playwrightChromium();
  if (managed) return { path: managed, how: "Playwright's Chromium" };
  return undefined;
}

/** @returns {{ path: string, how: string } | undefined} */
export function findFirefox() {
  if (env.FIREFOX_PATH) return { path: env.FIREFOX_PATH, how: 'FIREFOX_PATH' };
  const system = (firefoxCandidates[process.platform] ?? []).find((p) => existsSync(p));
  return system ? { path: system, how: 'system Firefox' } : undefined;
}
