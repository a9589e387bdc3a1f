import type { Frame, Page } from '@playwright/test';

export interface SeededMessage {
  uid: number;
  subject: string;
  fromName: string;
  fromEmail: string;
  to: string;
  messageId: string;
  date: string;
  body: string;
}
export interface RoundcubeInstance {
  url: string;
  origin: string;
  user: string;
  password: string;
  httpPort: number;
  imapPort: number;
  dir: string;
  logs(): string;
  stop(): Promise<void>;
}
export declare const seededMessages: SeededMessage[];
export declare function startRoundcube(opts?: {
  port?: number;
  imapPort?: number;
  timeoutMs?: number;
}): Promise<RoundcubeInstance>;
export declare function login(page: Page, rc: RoundcubeInstance, opts?: { timeout?: number }): Promise<void>;
export declare function openPreview(page: Page, subject: string, opts?: { timeout?: number }): Promise<Frame>;
export declare function openMessage(page: Page, subject: string, opts?: { timeout?: number }): Promise<void>;
export declare function roundcubeInstalled(): boolean;
