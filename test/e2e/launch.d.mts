import type { BrowserContext, Worker } from '@playwright/test';
export declare const chromiumPath: string;
export declare function launchWithExtension(opts?: { headless?: boolean; dir?: string }): Promise<{
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  close: () => Promise<void>;
}>;
