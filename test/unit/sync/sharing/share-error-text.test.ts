import { fakeBrowser } from 'wxt/testing/fake-browser';
import { shareErrorText } from '@/components/dashboard/dossier/sharing/share-error-text';
import { loadMessages, substitute } from '../../i18n/locale-messages';

/** A server that refuses to create the space's database: the owner reads what sharing needs. */
describe('sharing errors', () => {
  it.each(['en', 'ru', 'fi', 'ka'] as const)('a refused share says a login that may create databases is needed (%s)', (lang) => {
    const messages = loadMessages(lang);
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((key: string, subs?: string | string[]) =>
      substitute(messages[key]?.message ?? '', subs === undefined ? [] : [subs].flat())) as typeof fakeBrowser.i18n.getMessage);
    const text = shareErrorText({ code: 'auth', message: 'The server refused these credentials for sharing.' });
    expect(text).toBe(messages.shareErrorAuth?.message);
    expect(text.length).toBeGreaterThan(20);
    if (lang === 'en') expect(text).toContain('create databases');
  });
});
