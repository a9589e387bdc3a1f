import type { Browser, BrowserContext, Worker } from '@playwright/test';
export declare const chromiumPath: () => string;
export declare function launchChromium(opts?: { headless?: boolean }): Promise<Browser>;
export declare function launchWithExtension(opts?: {
  headless?: boolean;
  dir?: string;
  viewport?: { width: number; height: number };
  args?: string[];
  profilePrefix?: string;
}): Promise<{
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  url: (path: string) => string;
  close: () => Promise<void>;
}>;
