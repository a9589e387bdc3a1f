import { crmSites } from '@/lib/adapters/crm-sites';
import { crmIsBuiltIn, crmScriptId } from '@/lib/permissions/crm-switch';

const pipedrive = crmSites.find((s) => s.id === 'pipedrive')!;

describe('CRM switches', () => {
  it('a CRM whose script the manifest runs is built in (the e2e build); otherwise it waits for the switch', () => {
    expect(crmIsBuiltIn({ content_scripts: [{ js: ['content-scripts/pipedrive.js'] }] }, pipedrive)).toBe(true);
    expect(crmIsBuiltIn({ content_scripts: [{ js: ['content-scripts/gmail.js'] }] }, pipedrive)).toBe(false);
    expect(crmIsBuiltIn({}, pipedrive)).toBe(false);
  });

  it('registers one script per CRM under its own id', () => {
    expect(new Set(crmSites.map(crmScriptId)).size).toBe(crmSites.length);
  });
});
