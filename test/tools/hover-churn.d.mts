export declare function startHoverChurn(opts: { container: string; perSecond: number }): { inside: number; outside: number };
