import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';
import { crmMatches, crmScriptFile, crmSites } from './lib/adapters/crm-sites';
import { hostMatches, loopbackMatches } from './lib/adapters/host-matches';

const slimContext = fileURLToPath(new URL('./lib/content/script-context.ts', import.meta.url));

// Loopback hosts exist only in the e2e/demo build (docs/contract.md, Commands): release builds never carry them.
const withLoopback = (mode: string) => mode === 'e2e';

export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  // Parallel work (several builds at once) can point each at its own folder.
  outDir: process.env.KEYSIDE_OUT_DIR ?? '.output',
  outDirTemplate: '{{browser}}-mv{{manifestVersion}}{{modeSuffix}}',
  manifest: ({ mode, browser, manifestVersion }) => {
    // The e2e build holds every CRM host too (docs/contract.md, Hosts); a release build asks for a
    // CRM's hosts when the user switches it on (lib/adapters/crm-sites.ts).
    const hosts = withLoopback(mode) ? [...hostMatches, ...crmMatches, ...loopbackMatches] : hostMatches;
    return {
      name: '__MSG_extName__',
      description: '__MSG_extDescription__',
      default_locale: 'en',
      permissions: ['storage', 'alarms', 'notifications', 'contextMenus', 'activeTab', 'scripting', 'unlimitedStorage'],
      host_permissions: hosts,
      // Self-hosted webmail and user CRM rules: asked for at the moment the user adds the site.
      optional_host_permissions: ['*://*/*'],
      commands: {
        'capture-selection': {
          suggested_key: { default: 'Alt+Shift+K' },
          description: '__MSG_commandCapture__',
        },
      },
      web_accessible_resources: [
        // Any host: self-hosted webmail and user CRM rules are added at run time. A page that
        // frames panel.html itself gets an empty panel: the worker serves a panel only with the
        // one-time token of the frame Keyside mounted (lib/background/panel-port.ts). No
        // use_dynamic_url: it would change the iframe's src away from the extension's own
        // panel.html, which docs/contract.md promises to outside checks.
        { resources: ['panel.html'], matches: ['*://*/*'] },
        // Firefox refuses navigation to moz-extension:// from tests; the e2e build lets a
        // loopback test page frame the dashboard instead (docs/testing.md, Browsers). Never in release builds.
        ...(withLoopback(mode) ? [{ resources: ['dashboard.html', 'popup.html'], matches: loopbackMatches }] : []),
      ],
      ...(manifestVersion === 2 ? { optional_permissions: ['*://*/*'] } : {}),
      ...(browser === 'firefox'
        ? {
            browser_specific_settings: {
              // Keyside collects nothing: no data leaves the machine (brief: privacy is a feature).
              // 140 (the ESR of 2025) is the first to read data_collection_permissions; Android 142.
              gecko: {
                id: 'keyside@keyside.example',
                strict_min_version: '140.0',
                data_collection_permissions: { required: ['none'] },
              },
              gecko_android: { strict_min_version: '142.0' },
            },
          }
        : {}),
    };
  },
  // `npm run dev` (test/tools/dev.mjs) names a Chromium that can load an unpacked extension and the
  // demo inbox to open; plain `wxt` without them keeps WXT's own defaults.
  webExt: process.env.KEYSIDE_DEV_CHROMIUM
    ? {
        binaries: { chrome: process.env.KEYSIDE_DEV_CHROMIUM },
        startUrls: process.env.KEYSIDE_DEV_START_URL ? [process.env.KEYSIDE_DEV_START_URL] : [],
        chromiumArgs: [
          '--no-first-run',
          '--disable-sync',
          ...(process.env.KEYSIDE_DEV_CHROMIUM_ARGS ?? '').split(' ').filter(Boolean),
        ],
      }
    : {},
  hooks: {
    // Scripts that run in a web page (content scripts and the injected picker/capture scripts) use
    // the browser's own API object: `browser` in Firefox, `chrome` in Chrome, both promise-based
    // for everything they call (runtime messaging, storage, i18n). webextension-polyfill (the
    // module above) stays for the worker and the extension pages; in a page script it was ~2.8 KB
    // of every content script's ~10 KB gzip budget (issue 13). WXT's own `wxt/browser` picks the
    // same object the polyfill would wrap, after lib/content/isolated-runtime.ts ran.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((e) => e.type === 'content-script' || e.type === 'unlisted-script')) return;
      const alias: unknown = config.resolve?.alias;
      const rest = Array.isArray(alias)
        ? (alias as { find: string | RegExp; replacement: string }[]).filter((a) => a.find !== 'wxt/browser')
        : Object.entries((alias ?? {}) as Record<string, string>)
            .filter(([find]) => find !== 'wxt/browser')
            .map(([find, replacement]) => ({ find, replacement }));
      // WXT's entry wrapper constructs its ContentScriptContext; ours is the part we use (lib/content/script-context.ts).
      const context = { find: /^wxt\/utils\/content-script-context$/, replacement: slimContext };
      config.resolve = {
        ...config.resolve,
        alias: [{ find: /^wxt\/browser$/, replacement: '@wxt-dev/browser' }, context, ...rest],
      };
    },
    // The e2e/demo build also runs the any-host content script on loopback (docs/contract.md, Commands)
    // and each CRM's content script on its hosts, which a release build registers at run time.
    'build:manifestGenerated': (wxt, manifest) => {
      if (!withLoopback(wxt.config.mode)) return;
      manifest.content_scripts = [
        ...(manifest.content_scripts ?? []),
        { matches: loopbackMatches, js: ['content-scripts/host.js'], run_at: 'document_idle' },
        ...crmSites.map((site) => ({ matches: [...site.matches], js: [crmScriptFile(site)], run_at: 'document_idle' as const })),
      ];
    },
  },
});
