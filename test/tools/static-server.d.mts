export declare function serveStatic(root: string, port?: number): Promise<{ url: string; close: () => Promise<void> }>;
