import type { Browser, BrowserContext, Page, Worker } from '@playwright/test';
export declare const chromiumPath: () => string;
export declare function launchChromium(opts?: { headless?: boolean }): Promise<Browser>;
export declare function launchWithExtension(opts?: {
  headless?: boolean;
  dir?: string;
  viewport?: { width: number; height: number };
  args?: string[];
  profilePrefix?: string;
  keepWelcome?: boolean;
}): Promise<{
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  url: (path: string) => string;
  close: () => Promise<void>;
  /** The welcome page the install opened, when keepWelcome asked for it. */
  welcome?: Page;
}>;
