import { rulesForUrl } from '@/lib/adapters/rules-for-url';
import { userPatterns } from '@/lib/adapters/user-patterns';
import { Settings, SiteRule } from '@/lib/schema';

describe('user-added sites', () => {
  it('turns webmail, generic pages and CRM rules into one sorted set of match patterns', () => {
    expect(
      userPatterns(
        ['https://mail.example.com', 'http://127.0.0.1:8080'],
        ['https://intranet.example.org'],
        ['https://crm.example.com/*', 'https://mail.example.com/*'],
      ),
    ).toEqual([
      'http://127.0.0.1/*',
      'https://crm.example.com/*',
      'https://intranet.example.org/*',
      'https://mail.example.com/*',
    ]);
  });

  it('gives a page only the rules whose pattern matches it, and the generic adapter only where enabled', () => {
    const rules = [
      SiteRule.parse({ id: 'r1', name: 'CRM', urlPattern: 'https://crm.example.com/*', emailSelector: '.email' }),
      SiteRule.parse({ id: 'r2', name: 'Other', urlPattern: 'https://other.example.com/leads/*', emailSelector: 'a' }),
    ];
    const settings = Settings.parse({ genericOrigins: ['https://crm.example.com'] });
    const onCrm = rulesForUrl('https://crm.example.com/deal/42', rules, settings);
    expect(onCrm.siteRules.map((r) => r.id)).toEqual(['r1']);
    expect(onCrm.generic).toBe(true);
    const elsewhere = rulesForUrl('https://other.example.com/accounts', rules, settings);
    expect(elsewhere).toEqual({ siteRules: [], generic: false });
    expect(rulesForUrl('not a url', rules, settings)).toEqual({ siteRules: [], generic: false });
  });
});
