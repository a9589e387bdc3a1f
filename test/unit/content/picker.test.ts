// @vitest-environment happy-dom
import { proposeName, proposePattern, teachRoute } from '@/lib/adapters/teach-route';
import { emailSourceNear } from '@/lib/content/picker/email-source';
import { probeRule } from '@/lib/content/picker/probe-rule';
import { TeachDraft } from '@/lib/schema/teach-draft';

const EMAIL = 'anna.petrova@acme-logistics.example';

describe('the URL pattern the Teach page proposes', () => {
  it.each([
    ['https://crm.example.com/contacts/17?tab=info', 'https://crm.example.com/contacts/*'],
    ['https://crm.example.com/', 'https://crm.example.com/*'],
    ['https://crm.example.com/index.html', 'https://crm.example.com/*'],
    ['http://127.0.0.1:8123/crm/contact.html', 'http://127.0.0.1/crm/*'],
    ['https://crm.example.com/12345/record', 'https://crm.example.com/*'],
    ['chrome://settings/', ''],
    ['not a url', ''],
  ])('%s → %s', (url, pattern) => expect(proposePattern(url)).toBe(pattern));

  it('names the rule after the application in the title, else the host', () => {
    expect(proposeName('Anna Petrova · Contact · TinyCRM', 'https://crm.example.com/c/1')).toBe('TinyCRM');
    expect(proposeName('Deal 42 | Acme CRM', 'https://crm.example.com/d/42')).toBe('Acme CRM');
    expect(proposeName('Anna Petrova', 'https://crm.example.com/c/1')).toBe('crm.example.com');
  });

  it('round-trips a draft through the dashboard route', () => {
    const draft = { url: 'https://crm.example.com/c/1', title: 'A/B', emailSelector: 'x-card >>> a[href^="mailto:"]', tabId: 4 };
    const [, section, raw] = teachRoute(draft).split('/');
    expect(section).toBe('teach');
    expect(TeachDraft.parse(JSON.parse(decodeURIComponent(raw!)))).toEqual(draft);
  });
});

describe('where the picked email sits', () => {
  it('reads the text, else an attribute, near what was clicked', () => {
    document.body.innerHTML = `<p id="t"><span>${EMAIL}</span></p><a id="m" href="mailto:${EMAIL}"><i id="icon">✉</i></a><b id="no">Phone</b>`;
    const text = emailSourceNear(document.getElementById('t')!);
    expect(text?.email).toBe(EMAIL);
    expect(text?.attribute).toBeUndefined();
    expect(emailSourceNear(document.getElementById('icon')!)).toMatchObject({ attribute: 'href', email: EMAIL });
    expect(emailSourceNear(document.getElementById('no')!)).toBeNull();
  });
});

describe('probing a rule on the page', () => {
  it('says what the rule reads, that it finds nothing, or that a selector is broken', () => {
    document.body.innerHTML = `<h2>Anna Petrova</h2><a href="mailto:${EMAIL}">${EMAIL}</a>`;
    expect(probeRule({ emailSelector: 'a', nameSelector: 'h2' })).toEqual({
      status: 'record',
      people: [{ email: EMAIL, name: 'Anna Petrova' }],
    });
    expect(probeRule({ emailSelector: '.gone' }).status).toBe('unrecognised');
    expect(probeRule({ emailSelector: 'h2' }).status).toBe('none');
    expect(probeRule({ emailSelector: 'a[[' })).toMatchObject({ status: 'invalid' });
    expect(probeRule({ emailSelector: 'a', nameSelector: 'x >>>' })).toMatchObject({ status: 'invalid' });
  });
});
