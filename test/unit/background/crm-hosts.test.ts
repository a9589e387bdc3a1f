import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startCrmHosts } from '@/lib/background/crm-hosts';

/**
 * The release build: no CRM script in the manifest; the browser's granted hosts say which CRMs
 * are switched on, and the worker keeps the registered scripts in step with them.
 */
describe('CRM content scripts follow the granted hosts', () => {
  const registered = new Map<string, { matches: string[]; js: string[] }>();
  let grantedHosts = new Set<string>();
  const listeners: (() => void)[] = [];
  const settle = () => new Promise((r) => setTimeout(r, 20));

  beforeEach(() => {
    registered.clear();
    grantedHosts = new Set();
    listeners.length = 0;
    const scripting = {
      registerContentScripts: vi.fn((list: { id: string; matches: string[]; js: string[] }[]) => {
        for (const s of list) {
          if (registered.has(s.id)) return Promise.reject(new Error(`duplicate ${s.id}`));
          registered.set(s.id, s);
        }
        return Promise.resolve();
      }),
      unregisterContentScripts: vi.fn(({ ids }: { ids: string[] }) => {
        ids.forEach((id) => registered.delete(id));
        return Promise.resolve();
      }),
      getRegisteredContentScripts: vi.fn(() => Promise.resolve([...registered.keys()].map((id) => ({ id })))),
    };
    Object.assign(fakeBrowser, { scripting });
    vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ manifest_version: 3, name: 'k', version: '1' });
    Object.assign(fakeBrowser, {
      permissions: {
        contains: ({ origins }: { origins: string[] }) => Promise.resolve(origins.every((o) => grantedHosts.has(o))),
        onAdded: { addListener: (l: () => void) => listeners.push(l) },
        onRemoved: { addListener: (l: () => void) => listeners.push(l) },
      },
    });
  });

  it('registers a CRM when its hosts are granted and unregisters it when they are taken back', async () => {
    grantedHosts.add('https://*.pipedrive.com/*');
    startCrmHosts();
    await settle();
    expect([...registered.keys()]).toEqual(['keyside-crm-pipedrive']);
    expect(registered.get('keyside-crm-pipedrive')).toMatchObject({
      matches: ['https://*.pipedrive.com/*'],
      js: ['content-scripts/pipedrive.js'],
    });

    // HubSpot switched on: both of its hosts are needed; then Pipedrive switched off.
    grantedHosts.add('https://app.hubspot.com/*');
    listeners.forEach((l) => l());
    await settle();
    expect([...registered.keys()]).toEqual(['keyside-crm-pipedrive']);
    grantedHosts.add('https://app-eu1.hubspot.com/*');
    grantedHosts.delete('https://*.pipedrive.com/*');
    listeners.forEach((l) => l());
    listeners.forEach((l) => l());
    await settle();
    expect([...registered.keys()]).toEqual(['keyside-crm-hubspot']);
  });
});
