import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    globals: true,
    include: ['test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx'],
    environment: 'node',
    // Property tests run hundreds of cases against an in-memory IndexedDB; on a shared two-core
    // machine (CI, parallel work) they need more than the default 5 s. Speed is judged by
    // `npm run bench`, not here.
    testTimeout: 30_000,
  },
});
