// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Readability } from '@mozilla/readability';
import { capturePage } from '@/lib/capture/page';
import { loadFixture } from './fixtures';

const URL_RU = 'https://news.example.com/business/severny-karton';

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('capturePage', () => {
  it('extracts a Russian article with spaces between inline words, paragraphs and bullets', () => {
    const page = capturePage(loadFixture('ru-news.html'), URL_RU);
    expect(page.title).toBe('«Северный картон» открыл склад в Твери — Деловой вестник');
    expect(page.url).toBe(URL_RU);
    expect(page.byline).toBe('Анна Соколова');
    expect(page.siteName).toBe('Деловой вестник');
    expect(page.lang).toBe('ru');
    expect(page.truncated).toBe(false);
    expect(page.text).toContain(
      'Привет мир — так начал пресс-конференцию генеральный директор компании «Северный картон» Игорь Лебедев.',
    );
    expect(page.text).toContain('несколько раз в неделю.\nСклад рассчитан');
    expect(page.text).toContain('Компания планирует:\n\n• запустить собственный автопарк к весне;\n• перевести заказы');
    expect(page.text.endsWith('Следующий склад компания рассчитывает открыть в Ярославле в 2027 году.')).toBe(true);
    // Readability left out the site's chrome.
    expect(page.text).not.toMatch(/Бизнес Регионы|Читайте также|Конфиденциальность/);
    // The byline paragraph is not what the page is about.
    expect(page.excerpt.startsWith('Привет мир — так начал')).toBe(true);
  });

  it('extracts a Georgian article keeping every space between words', () => {
    const page = capturePage(loadFixture('ka-news.html'), 'https://ka.example.com/ekonomika/1');
    expect(page.title).toBe('ქართული ღვინის ექსპორტი რეკორდს უახლოვდება');
    expect(page.siteName).toBe('საქმიანი ამბები');
    expect(page.byline).toBe('ნინო ბერიძე');
    expect(page.text).toContain('თბილისი ღვინო — ასე ჰქვია ფესტივალს');
    expect(page.text).toContain('ექსპორტის მონაცემები უკვე ახლა');
    expect(page.text).toContain('პოლონეთის ბაზარზე დაფიქსირდა');
    expect(page.text).toContain('საფერავი და რქაწითელი');
    expect(page.text).toContain('ქვევრის ღვინოების წილი');
    expect(page.text).toContain('• კახეთი — 62 პროცენტი;\n• იმერეთი — 14 პროცენტი;');
    expect(page.text).toContain('ევროპის ბაზრებზე მოთხოვნა');
    expect(page.excerpt).toBe(
      'თბილისი ღვინო — ასე ჰქვია ფესტივალს, რომელიც დეკემბერში გაიმართება, თუმცა ექსპორტის მონაცემები უკვე ახლა იპყრობს ყურადღებას. ოქტომბერში საზღვარგარეთ 28 მილიონზე მეტი ბოთლი გაიგზავნა.',
    );
  });

  it('separates paragraphs that minified markup puts edge to edge, where textContent glues them', () => {
    const html = readFileSync(resolve(import.meta.dirname, '../../fixtures/capture/ka-news.html'), 'utf8').replace(
      /<\/(p|li|h1)>\s+</g,
      '</$1><',
    );
    const glued = new Readability(parse(html)).parse()?.textContent ?? '';
    expect(glued).toContain('გაიგზავნა.ყველაზე'); // the known failure this module exists to avoid
    const page = capturePage(parse(html), 'https://ka.example.com/ekonomika/1');
    expect(page.text).toContain('გაიგზავნა.\n\nყველაზე დიდი ზრდა');
    expect(page.text).toContain('კახეთი — 62 პროცენტი;\n• იმერეთი');
  });

  it('uses the page description as excerpt, else the first paragraph with its line breaks as spaces', () => {
    const body = `<article><p>Первая строка<br>вторая строка</p><p>${'Текст абзаца. '.repeat(60)}</p></article>`;
    const described = parse(`<title>T</title><meta name="description" content="Описание\n  страницы">${body}`);
    expect(capturePage(described, 'https://example.com/').excerpt).toBe('Описание страницы');
    const plain = parse(`<title>T</title>${body}`);
    expect(new Readability(parse(`<title>T</title>${body}`)).parse()?.excerpt).toBe('Первая строкавторая строка');
    expect(capturePage(plain, 'https://example.com/').excerpt).toBe('Первая строка вторая строка');
  });

  it('cuts a long excerpt at a grapheme boundary', () => {
    const doc = parse(`<title>T</title><article><p>${'👨‍👩‍👧‍👦 ღვინო '.repeat(200)}</p></article>`);
    const { excerpt } = capturePage(doc, 'https://example.com/', { excerptChars: 20 });
    expect(excerpt).toBe(`${'👨‍👩‍👧‍👦 ღვინო '.repeat(2)}👨‍👩‍👧‍👦 ღვ…`); // 20 graphemes: a family is one
  });

  it('falls back to the body text when Readability finds nothing or throws', () => {
    const doc = parse('<title>Мало</title><body><div>Короткая <b>заметка</b></div><div>вторая</div></body>');
    vi.spyOn(Readability.prototype, 'parse').mockReturnValue(null);
    expect(capturePage(doc, 'https://example.com/').text).toBe('Короткая заметка\nвторая');
    vi.spyOn(Readability.prototype, 'parse').mockImplementation(() => {
      throw new Error('boom');
    });
    const page = capturePage(doc, 'https://example.com/');
    expect(page).toMatchObject({ title: 'Мало', text: 'Короткая заметка\nвторая', excerpt: 'Короткая заметка вторая' });
    expect(page.byline).toBeUndefined();
  });

  it('runs Readability on a clone, leaving the page as it was', () => {
    const doc = loadFixture('ru-news.html');
    const before = doc.documentElement.outerHTML;
    capturePage(doc, URL_RU);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('truncates a page over 100 KB with the mark', () => {
    const doc = parse(`<title>Big</title><article>${`<p>${'Гофрокартон и ღვინო 📦. '.repeat(100)}</p>`.repeat(40)}</article>`);
    const page = capturePage(doc, 'https://example.com/');
    expect(page.truncated).toBe(true);
    expect(page.bytes).toBeGreaterThan(100 * 1024);
    expect(new TextEncoder().encode(page.text).length).toBeLessThanOrEqual(100 * 1024);
    expect(page.text).toMatch(/\n… \[truncated by Keyside: \d+ KB → 100 KB\]$/);
  });
});
