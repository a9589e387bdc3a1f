import { captureLink, safeUrl } from '@/lib/capture/link';

const PAGE = 'https://crm.example.com/accounts/42?tab=notes';

describe('captureLink', () => {
  it('resolves relative links against the page and keeps http(s) and mailto', () => {
    expect(captureLink({ href: '/deals/7', text: 'Сделка №7' }, PAGE)).toEqual({
      url: 'https://crm.example.com/deals/7',
      text: 'Сделка №7',
    });
    expect(captureLink({ href: 'http://acme.example/ka/ღვინო', text: ' ღვინის\n  ექსპორტი ' }, PAGE)).toEqual({
      url: 'http://acme.example/ka/%E1%83%A6%E1%83%95%E1%83%98%E1%83%9C%E1%83%9D',
      text: 'ღვინის ექსპორტი',
    });
    expect(captureLink({ href: 'mailto:tender@example.com?subject=T-24' }, PAGE)).toEqual({
      url: 'mailto:tender@example.com?subject=T-24',
      text: 'mailto:tender@example.com?subject=T-24',
    });
  });

  it('refuses script and local schemes however they are spelled', () => {
    for (const href of [
      'javascript:alert(1)',
      '  JaVaScRiPt:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      '\u0000javascript:alert(1)',
      'data:text/html;base64,PHNjcmlwdD4=',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      'blob:https://crm.example.com/1',
      'chrome://settings',
      'about:blank',
      'mailto:',
    ]) {
      expect(captureLink({ href, text: 'click' }, PAGE)).toBeNull();
    }
  });

  it('drops credentials and refuses overlong URLs', () => {
    expect(safeUrl('https://user:secret@acme.example/x')).toBe('https://acme.example/x');
    expect(safeUrl(`https://acme.example/${'a'.repeat(5000)}`)).toBeNull();
  });

  it('needs an absolute page URL to resolve a relative link', () => {
    expect(captureLink({ href: '/x' }, 'about:blank')).toBeNull();
    expect(captureLink({ href: 'https://acme.example/' }, 'not a url')).toEqual({
      url: 'https://acme.example/',
      text: 'https://acme.example/',
    });
  });
});
