// The one place that launches Firefox: Debian's firefox-esr through puppeteer-core (Playwright
// cannot drive stock Firefox), with the Firefox build of Keyside installed.
// docs/testing.md (Browsers): the extension's UUID is pinned by pref, so its moz-extension:// origin is known.
import puppeteer from 'puppeteer-core';
import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { findFirefox } from '../tools/find-browser.mjs';

/** FIREFOX_PATH, else the system's Firefox ESR or Firefox (test/tools/find-browser.mjs). */
export const firefoxPath = () => findFirefox()?.path ?? '/usr/bin/firefox-esr';
const GECKO_ID = 'keyside@keyside.example';

/**
 * @returns {Promise<{ browser: import('puppeteer-core').Browser, base: string }>} base is the
 *   extension's origin, moz-extension://<pinned uuid>
 */
export async function launchFirefoxWithExtension({ dir = process.env.KEYSIDE_FIREFOX_DIR ?? '.output/firefox-mv2-e2e' } = {}) {
  const uuid = randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
      'datareporting.policy.dataSubmissionEnabled': false,
      'browser.shell.checkDefaultBrowser': false,
    },
  });
  try {
    await browser.installExtension(resolve(dir));
  } catch (e) {
    await browser.close();
    throw e;
  }
  // The install opens the welcome page (lib/background/welcome.ts); the Firefox cases start without it.
  const base = `moz-extension://${uuid}`;
  const welcome = await browser
    .waitForTarget((t) => t.url().startsWith(`${base}/welcome.html`), { timeout: 10_000 })
    .catch(() => undefined);
  await (await welcome?.page())?.close();
  return { browser, base };
}
