import type { BrowserContext, CDPSession } from '@playwright/test';

interface Targets {
  targetInfos: { targetId: string; type: string; url: string }[];
}

/** The extension's running service worker target, if any. */
export async function workerTarget(cdp: CDPSession, extensionId: string) {
  const { targetInfos } = (await cdp.send('Target.getTargets')) as Targets;
  return targetInfos.find((t) => t.type === 'service_worker' && t.url.includes(extensionId));
}

/**
 * Stops the extension's worker as Chrome stops an MV3 worker (idle, or the browser's own call),
 * whatever it is doing: closing its target ends its JavaScript, its requests and its open
 * IndexedDB transactions at once. Resolves when that worker is gone; throws when none ran.
 */
export async function stopWorker(context: BrowserContext, extensionId: string): Promise<void> {
  const page = context.pages()[0] ?? (await context.newPage());
  const cdp = await context.newCDPSession(page);
  try {
    const worker = await workerTarget(cdp, extensionId);
    if (!worker) throw new Error('no service worker to stop');
    await cdp.send('Target.closeTarget', { targetId: worker.targetId });
    for (let i = 0; i < 200 && (await workerTarget(cdp, extensionId))?.targetId === worker.targetId; i++)
      await new Promise((r) => setTimeout(r, 50));
    if ((await workerTarget(cdp, extensionId))?.targetId === worker.targetId) throw new Error('the worker did not stop');
  } finally {
    await cdp.detach();
  }
}
