export declare function replicateRoundTrip(opts: {
  url: string;
  db: string;
  username: string;
  password: string;
  docs: Record<string, unknown>[];
}): Promise<{ pushed: number; pulled: number; docs: Record<string, unknown>[] }>;
