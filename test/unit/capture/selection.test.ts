// @vitest-environment happy-dom
import { captureSelection } from '@/lib/capture/selection';
import { loadFixture, loadFixtureBody, rangeByText } from './fixtures';

const NBSP = '\u00a0';

/** Text of a selection made by dragging from `from` to the end of `to` in a fixture. */
function select(fixture: string, from: string, to: string): string {
  return captureSelection([rangeByText(loadFixtureBody(fixture), from, to)]).text;
}

describe('captureSelection: Russian article', () => {
  it('keeps spaces between inline elements across a paragraph, a <br> and a block boundary', () => {
    expect(select('ru-news.html', 'так начал', 'Склад рассчитан')).toBe(
      'так начал пресс-конференцию генеральный директор компании «Северный картон» Игорь Лебедев. ' +
        'Производитель гофроупаковки открыл в Твери распределительный склад площадью ' +
        `12${NBSP}000${NBSP}м² и обещает сократить сроки поставок клиентам Центрального региона до двух дней.\n\n` +
        'По словам Лебедева, решение о строительстве приняли после того, как три крупнейших клиента ' +
        'сети попросили поставлять упаковку небольшими партиями несколько раз в неделю.\n' +
        'Склад рассчитан',
    );
  });

  it('does not glue <span>Привет</span> <span>мир</span>', () => {
    expect(select('ru-news.html', 'Привет', 'мир')).toBe('Привет мир');
  });

  it('writes selected list items as bullets', () => {
    expect(select('ru-news.html', 'планирует', 'документооборот')).toBe(
      'планирует:\n\n• запустить собственный автопарк к весне;\n• перевести заказы на электронный документооборот',
    );
  });
});

describe('captureSelection: Georgian article', () => {
  it('keeps spaces between Georgian words in inline markup and breaks between paragraphs', () => {
    expect(select('ka-news.html', 'თბილისი', 'ბაზარზე')).toBe(
      'თბილისი ღვინო — ასე ჰქვია ფესტივალს, რომელიც დეკემბერში გაიმართება, თუმცა ექსპორტის მონაცემები ' +
        'უკვე ახლა იპყრობს ყურადღებას. ოქტომბერში საზღვარგარეთ 28 მილიონზე მეტი ბოთლი გაიგზავნა.\n\n' +
        'ყველაზე დიდი ზრდა პოლონეთის ბაზარზე',
    );
  });

  it('keeps words and line breaks through a <br> and into a list', () => {
    expect(select('ka-news.html', 'ლოჯისტიკისა', 'იმერეთი')).toBe(
      'ლოჯისტიკისა და შეფუთვის სფეროში.\nმომდევნო წლისთვის დაგეგმილია ახალი სავაჭრო მისიები.\n\n' +
        'ექსპორტის ზრდა განსაკუთრებით შესამჩნევია რეგიონებში:\n\n• კახეთი — 62 პროცენტი;\n• იმერეთი',
    );
  });
});

describe('captureSelection: mixed-script tender notice', () => {
  it('writes table rows as lines of tab-separated cells', () => {
    expect(select('tender-mixed.html', 'Позиция', '01.02.2027')).toBe(
      'Позиция\tКоличество\tСрок / ვადა\n' +
        `Коробка 600×400×400, T-24\t12${NBSP}000 шт.\t15.01.2027\n` +
        `მუყაოს ფურცელი (sheet) 1200×800\t3${NBSP}500 шт.\t01.02.2027`,
    );
  });

  it('numbers a list cut mid-way as the page does', () => {
    expect(select('tender-mixed.html', 'Контакт', 'English')).toBe(
      '4. Контакт: tender@example.com\n5. Язык заявки: русский, ქართული или English',
    );
    expect(select('tender-mixed.html', 'Условия', 'Контакт')).toBe(
      'Условия участия:\n\n3. Заявки принимаются до 10 декабря 2026 года.\n4. Контакт',
    );
    expect(select('tender-mixed.html', 'tender@', 'Тбилиси, ул')).toBe(
      '4. tender@example.com\n5. Язык заявки: русский, ქართული или English.\n\nКод лота:   T-24\n  Склад:    Тбилиси, ул',
    );
  });

  it('numbers cut reversed lists downwards', () => {
    const root = document.createElement('div');
    root.innerHTML = '<ol reversed><li>c</li><li>b</li><li>a</li></ol><p>after</p>';
    expect(captureSelection([rangeByText(root, 'b', 'a')]).text).toBe('2. b\n1. a');
    expect(captureSelection([rangeByText(root, 'b', 'after')]).text).toBe('2. b\n1. a\n\nafter');
  });

  it('keeps preformatted whitespace when the selection lies inside a <pre>', () => {
    expect(select('tender-mixed.html', 'лота', 'Склад')).toBe('лота:   T-24\n  Склад');
  });
});

describe('captureSelection: right-to-left text and emoji', () => {
  it('keeps Arabic in logical order with its spaces and emoji', () => {
    expect(select('rtl-emoji.html', 'مرحبا', 'الجمعة')).toBe(
      'مرحبا بكم في معرض الرياض للتغليف 📦 — الجناح ٤٢\n\nالعرض الخاص: خصم ١٥٪ حتى يوم الجمعة',
    );
  });

  it('keeps Hebrew mixed with English and Arabic', () => {
    expect(select('rtl-emoji.html', 'שלום', 'العربية')).toBe(
      'שלום לקוח יקר 👋🏽, ההזמנה שלך נשלחה.\n\nעברית mixed with English Keyside ו-العربية',
    );
  });

  it('keeps flags, ZWJ families, keycaps and emoji images whole', () => {
    const range = document.createRange();
    range.selectNodeContents(loadFixtureBody('rtl-emoji.html').querySelector('#emoji')!);
    expect(captureSelection([range]).text).toBe('Flags 🇬🇪🇸🇦 family 👨‍👩‍👧‍👦 keycap 1️⃣ 🤝 done');
  });
});

describe('captureSelection: the Selection object', () => {
  beforeEach(() => {
    document.body.innerHTML = loadFixture('ka-news.html').body.innerHTML;
  });

  it('reads the live selection without changing the page', () => {
    const before = document.body.innerHTML;
    const selection = document.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(rangeByText(document.body, 'ყველაზე დიდი', 'საფერავი'));
    const text = 'ყველაზე დიდი ზრდა პოლონეთის ბაზარზე დაფიქსირდა, სადაც მიწოდება 18 პროცენტით გაიზარდა. საფერავი';
    expect(captureSelection(selection)).toEqual({ text, truncated: false, bytes: new TextEncoder().encode(text).length });
    expect(document.body.innerHTML).toBe(before);
  });

  it('joins several ranges (Firefox table-cell selections) by a line', () => {
    const result = captureSelection([
      rangeByText(document.body, 'კახეთი', 'კახეთი'),
      rangeByText(document.body, 'ევროპის', 'ბაზრებზე'),
    ]);
    expect(result.text).toBe('კახეთი\nევროპის ბაზრებზე');
  });

  it('returns empty text for an empty selection', () => {
    document.getSelection()!.removeAllRanges();
    expect(captureSelection(document.getSelection()!)).toEqual({ text: '', truncated: false, bytes: 0 });
    expect(captureSelection([])).toEqual({ text: '', truncated: false, bytes: 0 });
  });
});

describe('captureSelection: size', () => {
  it('cuts a selection over 100 KB with a visible mark instead of refusing it', () => {
    // Few nodes, long text: happy-dom's cloneContents is quadratic in the node count.
    const paragraph = `<p>თბილისი <b>ღვინო</b> და <i>გოფრირებული</i> ${'მუყაო 👨‍👩‍👧‍👦 Привет 🇬🇪 '.repeat(60)}</p>`;
    document.body.innerHTML = `<div id="big">${paragraph.repeat(40)}</div>`;
    const range = document.createRange();
    range.selectNodeContents(document.getElementById('big')!);
    const result = captureSelection([range]);
    expect(result.truncated).toBe(true);
    expect(result.bytes).toBeGreaterThan(100 * 1024);
    expect(new TextEncoder().encode(result.text).length).toBeLessThanOrEqual(100 * 1024);
    expect(result.text).toMatch(/\n… \[truncated by Keyside: \d+ KB → 100 KB\]$/);
    expect(result.text.startsWith('თბილისი ღვინო და გოფრირებული მუყაო 👨‍👩‍👧‍👦 Привет 🇬🇪 მუყაო')).toBe(true);
    expect(result.text).toContain('🇬🇪\n\nთბილისი ღვინო და');
    // The cut falls between whole clusters: what is kept is the start of the full text.
    const kept = result.text.slice(0, result.text.indexOf('\n… [truncated'));
    expect(captureSelection([range], { maxBytes: Number.POSITIVE_INFINITY }).text.startsWith(kept)).toBe(true);
    expect(kept).not.toMatch(/[\u200d\ud83c\ud83d]$/u);
  });
});
