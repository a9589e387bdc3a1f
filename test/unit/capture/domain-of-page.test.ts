import { domainsOfPage } from '@/lib/capture/domain-of-page';
import { domainToUnicode } from '@/lib/matching/punycode';

describe('domainsOfPage', () => {
  it('lists the host and its parents down to the registrable domain, without www', () => {
    expect(domainsOfPage('https://www.acme.example/about')).toEqual(['acme.example']);
    expect(domainsOfPage('https://mail.eu.acme.example:8443/x?y')).toEqual([
      'mail.eu.acme.example',
      'eu.acme.example',
      'acme.example',
    ]);
    expect(domainsOfPage('HTTP://WWW.Acme.Example./')).toEqual(['acme.example']);
  });

  it('stops above country second-level registries', () => {
    expect(domainsOfPage('https://news.bbc.co.uk/')).toEqual(['news.bbc.co.uk', 'bbc.co.uk']);
    expect(domainsOfPage('https://shop.wine.com.ge/')).toEqual(['shop.wine.com.ge', 'wine.com.ge']);
    expect(domainsOfPage('https://acme.com/')).toEqual(['acme.com']);
  });

  it('gives IDN hosts in ASCII and Unicode form', () => {
    expect(domainsOfPage('https://www.пример.рф/')).toEqual(['xn--e1afmkfd.xn--p1ai', 'пример.рф']);
    expect(domainsOfPage('https://ღვინო.გე/')).toEqual(['xn--qodgme5b.xn--node', 'ღვინო.გე']);
  });

  it('accepts a bare host, keeps IPv4, and gives nothing for non-web or single-label hosts', () => {
    expect(domainsOfPage('acme.example')).toEqual(['acme.example']);
    expect(domainsOfPage('acme.example:8080')).toEqual(['acme.example']);
    expect(domainsOfPage('http://127.0.0.1:8000/crm')).toEqual(['127.0.0.1']);
    for (const url of [
      'http://[::1]/',
      'http://localhost:3000/',
      'about:blank',
      'file:///tmp/a.html',
      'mailto:a@acme.example',
      '',
      'chrome-extension://abc/panel.html',
    ]) {
      expect(domainsOfPage(url)).toEqual([]);
    }
  });
});

describe('IDN labels (the one Punycode decoder, lib/matching/punycode)', () => {
  it('decodes punycode labels and leaves others as they are', () => {
    expect(domainToUnicode('xn--e1afmkfd')).toBe('пример');
    expect(domainToUnicode('xn--node')).toBe('გე');
    expect(domainToUnicode('xn--mnchen-3ya')).toBe('münchen');
    expect(domainToUnicode('acme')).toBe('acme');
    expect(domainToUnicode('xn--!!')).toBe('xn--!!');
  });
});
