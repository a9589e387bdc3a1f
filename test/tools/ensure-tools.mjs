#!/usr/bin/env node
// Makes sure the browsers (and, for `npm test`, the Roundcube webmail) the tests drive are on this
// machine, installing what is missing where it can, and says what it did. `npm start` asks for
// Chromium, `npm test` for all three (test/tools/test-all.mjs); usable alone:
//   node test/tools/ensure-tools.mjs chromium firefox roundcube
// When it cannot install, it stops with one message saying exactly what to run.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { findChromium, findFirefox } from './find-browser.mjs';

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = process.platform === 'linux' && existsSync('/usr/bin/apt-get');
/** Debian's `chromium` is a real package; Ubuntu's is a transitional one that wants snapd. */
const isUbuntu = existsSync('/etc/os-release') && /^ID=ubuntu$/m.test(readFileSync('/etc/os-release', 'utf8'));
const useApt = hasApt && isRoot && !isUbuntu;

class Missing extends Error {}

function run(cmd, args, env = {}) {
  console.log(`  $ ${cmd} ${args.join(' ')}`);
  return spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status === 0;
}

let aptUpdated = false;
function aptInstall(pkg) {
  const env = { DEBIAN_FRONTEND: 'noninteractive' };
  if (!aptUpdated) aptUpdated = run('apt-get', ['update', '-qq'], env);
  return run('apt-get', ['install', '-y', '-qq', pkg], env);
}

/** A path the user named that is not there is their typo, not a reason to install something else. */
function checkNamed(found, variable) {
  if (found?.how === variable && !existsSync(found.path))
    throw new Missing(`${variable} is set to ${found.path}, which does not exist.`);
}

export function ensureChromium() {
  const found = findChromium();
  checkNamed(found, 'CHROMIUM_PATH');
  if (found) return report('Chromium', found);
  console.log('Chromium: none found that can load an unpacked extension; installing one.');
  if (useApt) aptInstall('chromium');
  else run('npx', ['playwright', 'install', ...(hasApt && isRoot ? ['--with-deps'] : []), 'chromium']);
  const now = findChromium();
  if (now) return report('Chromium', now, 'installed');
  throw new Missing(
    'No Chromium could be found or installed. Install one and try again: on Debian as root ' +
      '`apt-get install chromium`, elsewhere `npx playwright install chromium`; or point CHROMIUM_PATH at a ' +
      'Chromium binary (not branded Google Chrome, which ignores --load-extension).',
  );
}

export function ensureFirefox() {
  const found = findFirefox();
  checkNamed(found, 'FIREFOX_PATH');
  if (found) return report('Firefox', found);
  console.log('Firefox: none found; installing Firefox ESR.');
  if (useApt) aptInstall('firefox-esr');
  const now = findFirefox();
  if (now) return report('Firefox', now, 'installed');
  throw new Missing(
    'No Firefox could be found or installed. On Debian as root run `apt-get install firefox-esr`; elsewhere ' +
      'install Firefox ESR and set FIREFOX_PATH to its binary.',
  );
}

/** The real Roundcube + Dovecot the webmail tests run against: Debian packages only. */
export function ensureRoundcube() {
  if (!hasApt) {
    throw new Missing(
      "The Roundcube end-to-end tests need Debian's roundcube and dovecot packages, which this system " +
        'cannot install. Run `npm test` on Debian (a container is enough) or in CI.',
    );
  }
  if (run('bash', ['test/roundcube/install.sh'])) return;
  throw new Missing('Roundcube could not be installed. As root run `bash test/roundcube/install.sh`, then `npm test` again.');
}

function report(name, { path, how }, verb = 'found') {
  console.log(`${name}: ${verb} ${path} (${how})`);
  // Children (Playwright, the Firefox runner, the bench) read the same choice.
  process.env[name === 'Chromium' ? 'CHROMIUM_PATH' : 'FIREFOX_PATH'] = path;
  return path;
}

const tools = { chromium: ensureChromium, firefox: ensureFirefox, roundcube: ensureRoundcube };

/** Ensures each named tool and returns the browsers' paths; on failure prints the one message and exits 1. */
export function ensureTools(names) {
  try {
    return Object.fromEntries(names.map((n) => [n, tools[n]()]));
  } catch (e) {
    if (!(e instanceof Missing)) throw e;
    console.error(`\n${e.message}`);
    process.exit(1);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) ensureTools(process.argv.slice(2));
