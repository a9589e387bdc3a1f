// Lint for `npm test`: typescript-eslint strict + stylistic (type-checked) for the TypeScript
// sources, plain JS rules for the .mjs test tools, and the import boundaries of the layers as
// `no-restricted-imports` blocks (one complete option set per folder, because a later flat-config
// block replaces a rule's options rather than merging them). Prettier owns formatting: its config
// comes last and switches off every rule that would fight it.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The layers inside lib/, top to bottom. A folder may import its own layer and every layer below
 * it, never one above. Folders not listed here get no layer rule until they are placed.
 */
const libLayers = [
  // The two wiring layers: the worker's (background) and the host page's (content), which sends
  // through lib/messaging's protocol (types only there: no zod reaches the host page).
  ['background', 'content'],
  // lib/sync is the sync engine: it reads and writes the database and speaks to the server.
  ['meetings', 'capture', 'io', 'panel-data', 'demo', 'sync'],
  ['db', 'messaging'],
  // lib/tasks is pure follow-up logic over schema and time: queries may sort with it.
  // lib/contracts plans a contract's derived follow-ups: pure over schema, time and i18n (titles).
  // lib/money is pure arithmetic and parsing of amounts, days and overdue totals over schema and time.
  // lib/plan is pure plan-against-actual logic (periods, gaps): queries sort the portfolio with it.
  // lib/people-map lays out the decision map (a pure function over people and relations).
  ['matching', 'search', 'adapters', 'checklists', 'tasks', 'permissions', 'i18n', 'contracts', 'money', 'plan', 'people-map'],
  // lib/locale holds the interface language the user chose: lib/time's Intl locale and lib/i18n's
  // messages both follow it, so it sits at the bottom beside them.
  ['schema', 'time', 'locale'],
];

/** Folders whose code runs inside the host page: no database, no Dexie, no zod at run time. */
const hostPageFolders = ['content', 'adapters'];

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every spelling of an import of `lib/<folder>`: through the alias or relatively from a sibling. */
const libFolderRegex = (folders) => {
  const names = folders.map(escape).join('|');
  return `^(@/lib/|(\\.\\./)+(lib/)?)(${names})(/|$)`;
};

/** Imports that leave two folders up are hard to read and can slip past the boundary patterns. */
const deepRelative = { regex: '^\\.\\./\\.\\./', message: "Use the '@/' alias for imports across folders." };

const noComponents = {
  regex: '^(@/components|(\\.\\./)+components)(/|$)',
  message: 'lib/ never imports components/: UI depends on lib, not the other way round.',
};

const noBackground = {
  regex: libFolderRegex(['background']),
  message: 'components/ never import lib/background (the worker wiring); go through lib/messaging.',
};

/** The complete `no-restricted-imports` option set for one lib/ folder. */
const libRestrictions = (folder) => {
  const patterns = [deepRelative, noComponents];
  const paths = [];
  const level = libLayers.findIndex((layer) => layer.includes(folder));
  const higher = libLayers.slice(0, Math.max(level, 0)).flat();
  if (higher.length > 0) {
    patterns.push({
      regex: libFolderRegex(higher),
      message: `lib/${folder} sits below ${higher.map((f) => `lib/${f}`).join(', ')} and must not import them (see eslint.config.js libLayers).`,
    });
  }
  if (hostPageFolders.includes(folder)) {
    const why = `lib/${folder} runs in the host page: no database, Dexie or zod there.`;
    for (const name of ['dexie', 'dexie-react-hooks', 'zod']) paths.push({ name, message: why });
    patterns.push(
      { regex: '^(dexie|zod)/', message: why },
      { regex: libFolderRegex(['db']), message: why },
      // Types of the schemas are fine: they vanish at build time and keep the adapters honest.
      { regex: libFolderRegex(['schema']), allowTypeImports: true, message: `${why} Use \`import type\`.` },
    );
  }
  return ['error', { paths, patterns }];
};

const libFolders = [...libLayers.flat()];

export default defineConfig(
  globalIgnores([
    '.output/',
    '.output-*/',
    '.wxt/',
    '.cache/',
    'node_modules/',
    'test-results/',
    'test-results-*/',
    'playwright-report/',
    'public/',
    '**/*.d.mts',
    'test/fixtures/',
  ]),

  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, tseslint.configs.strictTypeChecked, tseslint.configs.stylisticTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // Counts and dates in UI and log text read naturally as `${n}`; objects and unions still fail.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // `onClick={() => setOpen(true)}` is the React idiom; `return voidCall()` in a block still fails.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      // `const { tabId: _tab, ...rest } = x` is how a copy of `x` without `tabId` is written.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },

  {
    // Reading the host page's DOM, an empty attribute or text is as absent as a missing one: `||` skips '' on purpose.
    files: ['lib/adapters/**/*.ts'],
    rules: { '@typescript-eslint/prefer-nullish-coalescing': ['error', { ignorePrimitives: { string: true } }] },
  },

  {
    files: ['test/**/*.{ts,tsx}'],
    rules: {
      // A wrong `!` in a test throws at that line and fails the test, which is what a check would do.
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Fakes implement async interfaces (browser storage, lookups) with synchronous bodies.
      '@typescript-eslint/require-await': 'off',
      // Fakes and silenced consoles are empty on purpose.
      '@typescript-eslint/no-empty-function': 'off',
      // Playwright fixtures must destructure their first parameter even when they use no fixture.
      'no-empty-pattern': ['error', { allowObjectPatternsAsParameters: true }],
    },
  },

  {
    // Hooks also live in components/**/use-*.ts, not only in .tsx files.
    files: ['**/*.tsx', 'components/**/*.ts'],
    extends: [reactHooks.configs.flat.recommended],
  },

  {
    files: ['**/*.{js,mjs}'],
    extends: [js.configs.recommended],
    // Browser globals too: the callbacks these tools pass to page.evaluate() run in the page.
    languageOptions: { globals: { ...globals.node, ...globals.browser, ...globals.webextensions } },
  },

  // Import boundaries. entrypoints/ may import components/ and lib/; test/ may import anything.
  {
    files: ['components/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [deepRelative, noBackground] }] },
  },
  {
    // The panel and the preparation view it shares load inside web pages: the charting library
    // stays in the dashboard (components/dashboard), which hands a chart to PreparationView.
    files: ['components/panel/**/*.{ts,tsx}', 'components/prep/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            deepRelative,
            noBackground,
            { regex: '^@visx/', message: 'Charts are for the dashboard only: keep @visx out of the panel.' },
          ],
        },
      ],
    },
  },
  {
    files: ['entrypoints/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [deepRelative] }] },
  },
  {
    // Folders of lib/ not yet placed in a layer still may not import components/.
    files: ['lib/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [deepRelative, noComponents] }] },
  },
  ...libFolders.map((folder) => ({
    files: [`lib/${folder}/**/*.{ts,tsx}`],
    rules: { 'no-restricted-imports': libRestrictions(folder) },
  })),

  prettier,
);
