/**
 * Built-in meeting types and preparation checklists (domain.md §5). Each item cites the source
 * lines it comes from (seeds/NNN:line) so the defaults stay traceable to the texts, not invented.
 * Item ids are stable across locales: `meeting.checked` keeps working when the user switches
 * language or restores defaults. Georgian is written in Mkhedruli and never upper-cased.
 */
import type { ChecklistTemplate } from '@/lib/schema/checklist-template';

export const checklistLocales = ['en', 'ru', 'fi', 'ka'] as const;
export type ChecklistLocale = (typeof checklistLocales)[number];
export type Localized = Record<ChecklistLocale, string>;

/** Meeting type of the template that holds the conduct items asked of every meeting. */
export const ANY_MEETING = 'any';

export interface DefaultItem {
  id: string;
  text: Localized;
  /** seeds file:line references. */
  source: string;
}

export interface MeetingTypeDef {
  id: string;
  name: Localized;
  items: DefaultItem[];
}

/** "Any meeting" conduct rules: the mistakes the texts list (004:38-46, 003:152-159). */
export const conductItems: DefaultItem[] = [
  {
    id: 'any.on-time',
    source: '004:40, 003:154',
    text: {
      en: 'Be on time — plan the route and travel time',
      ru: 'Не опаздывать — заранее спланировать дорогу',
      fi: 'Ole ajoissa — suunnittele reitti ja matka-aika etukäteen',
      ka: 'არ დააგვიანოთ — წინასწარ დაგეგმეთ გზა და დრო',
    },
  },
  {
    id: 'any.know-client',
    source: '004:43, 003:157, 003:512',
    text: {
      en: "Know the client's business — read the dossier",
      ru: 'Знать бизнес клиента — перечитать досье',
      fi: 'Tunne asiakkaan liiketoiminta — käy asiakastiedot läpi',
      ka: 'იცოდეთ კლიენტის საქმიანობა — გადახედეთ დოსიეს',
    },
  },
  {
    id: 'any.listen',
    source: '004:42, 003:155',
    text: {
      en: "Listen — don't interrupt",
      ru: 'Выслушать, не перебивать',
      fi: 'Kuuntele — älä keskeytä',
      ka: 'მოუსმინეთ — ნუ გააწყვეტინებთ სიტყვას',
    },
  },
  {
    id: 'any.no-argue',
    source: '004:41, 003:156',
    text: {
      en: "Don't argue — stay polite and composed",
      ru: 'Не спорить — сохранять вежливость и спокойствие',
      fi: 'Älä väittele — pysy kohteliaana ja rauhallisena',
      ka: 'ნუ იკამათებთ — შეინარჩუნეთ თავაზიანობა და სიმშვიდე',
    },
  },
  {
    id: 'any.know-offer',
    source: '004:46, 003:158',
    text: {
      en: 'Know our products, prices and terms',
      ru: 'Знать свою продукцию, цены и условия',
      fi: 'Tunne tuotteemme, hinnat ja ehdot',
      ka: 'იცოდეთ ჩვენი პროდუქცია, ფასები და პირობები',
    },
  },
  {
    id: 'any.questions',
    source: '003:158, 003:514',
    text: {
      en: 'Prepare your questions',
      ru: 'Подготовить вопросы',
      fi: 'Valmistele kysymykset',
      ka: 'მოამზადეთ კითხვები',
    },
  },
  {
    id: 'any.proposals',
    source: '004:44, 003:158',
    text: {
      en: 'Prepare your proposals',
      ru: 'Подготовить предложения',
      fi: 'Valmistele ehdotukset',
      ka: 'მოამზადეთ შეთავაზებები',
    },
  },
  {
    id: 'any.etiquette',
    source: '004:45, 003:159, 000:179',
    text: {
      en: 'Mind business etiquette',
      ru: 'Соблюдать деловой этикет',
      fi: 'Noudata liike-etikettiä',
      ka: 'დაიცავით საქმიანი ეტიკეტი',
    },
  },
];

/** The selectable meeting types, in display order. */
export const meetingTypes: MeetingTypeDef[] = [
  {
    id: 'first-contact',
    name: { en: 'First contact', ru: 'Первый контакт', fi: 'Ensimmäinen yhteydenotto', ka: 'პირველი კონტაქტი' },
    items: [
      {
        id: 'first-contact.decision-maker',
        source: '000:182-186, 003:194',
        text: {
          en: 'Who makes the decision?',
          ru: 'Кто принимает решение?',
          fi: 'Kuka tekee päätöksen?',
          ka: 'ვინ იღებს გადაწყვეტილებას?',
        },
      },
      {
        id: 'first-contact.likely-needs',
        source: '001:22, 000:176',
        text: {
          en: 'What they are likely to need',
          ru: 'Что клиенту, скорее всего, нужно',
          fi: 'Mitä asiakas todennäköisesti tarvitsee',
          ka: 'რა შეიძლება სჭირდებოდეს კლიენტს',
        },
      },
      {
        id: 'first-contact.quick-answers',
        source: '000:184, 000:77',
        text: {
          en: 'Quick answers ready: prices, discounts, terms, delivery',
          ru: 'Быстрые ответы под рукой: цены, скидки, условия, доставка',
          fi: 'Vastaukset valmiina: hinnat, alennukset, ehdot, toimitus',
          ka: 'სწრაფი პასუხები მზადაა: ფასები, ფასდაკლებები, პირობები, მიწოდება',
        },
      },
      {
        id: 'first-contact.goal',
        source: '000:182',
        text: {
          en: 'Goal of the call (e.g. an office visit)',
          ru: 'Цель звонка (например, пригласить в офис)',
          fi: 'Puhelun tavoite (esim. tapaaminen toimistollamme)',
          ka: 'ზარის მიზანი (მაგ., ოფისში მოწვევა)',
        },
      },
      {
        id: 'first-contact.next-step',
        source: '000:182, 001:22',
        text: {
          en: 'Next step agreed',
          ru: 'Договориться о следующем шаге',
          fi: 'Sovi seuraavasta askeleesta',
          ka: 'შეთანხმდით შემდეგ ნაბიჯზე',
        },
      },
    ],
  },
  {
    id: 'needs-analysis',
    name: { en: 'Needs analysis', ru: 'Выявление потребностей', fi: 'Tarvekartoitus', ka: 'საჭიროებების გამოვლენა' },
    items: [
      {
        id: 'needs-analysis.level',
        source: '000:75',
        text: {
          en: 'Needs: their level and direction',
          ru: 'Потребности: уровень и направленность',
          fi: 'Tarpeet: laajuus ja suunta',
          ka: 'საჭიროებები: დონე და მიმართულება',
        },
      },
      {
        id: 'needs-analysis.motives',
        source: '000:76',
        text: {
          en: 'Preferences and buying motives',
          ru: 'Предпочтения и мотивы покупки',
          fi: 'Mieltymykset ja ostomotiivit',
          ka: 'პრეფერენციები და შეძენის მოტივები',
        },
      },
      {
        id: 'needs-analysis.parameters',
        source: '000:158',
        text: {
          en: 'Product parameters that matter to them',
          ru: 'Какие параметры продукции для них важны',
          fi: 'Heille tärkeät tuoteominaisuudet',
          ka: 'პროდუქციის რომელი პარამეტრებია მათთვის მნიშვნელოვანი',
        },
      },
      {
        id: 'needs-analysis.why-us',
        source: '000:158',
        text: {
          en: 'Why they come to us — or to a competitor',
          ru: 'Почему обращаются к нам — или к конкурентам',
          fi: 'Miksi he valitsevat meidät — tai kilpailijan',
          ka: 'რატომ მოგვმართავენ ჩვენ — ან კონკურენტს',
        },
      },
      {
        id: 'needs-analysis.overlooked',
        source: '001:22',
        text: {
          en: 'Needs they may have overlooked',
          ru: 'Потребности, о которых клиент мог не подумать',
          fi: 'Tarpeet, joita asiakas ei ole vielä huomannut',
          ka: 'საჭიროებები, რომლებიც კლიენტს შესაძლოა მხედველობიდან გამორჩა',
        },
      },
      {
        id: 'needs-analysis.who-to-ask',
        source: '003:157, 003:194',
        text: {
          en: 'Who in their management to ask',
          ru: 'Кого из руководства клиента расспросить',
          fi: 'Keneltä asiakkaan johdosta kysyä',
          ka: 'კლიენტის ხელმძღვანელობიდან ვის ვკითხოთ',
        },
      },
    ],
  },
  {
    id: 'presentation',
    name: { en: 'Presentation', ru: 'Презентация', fi: 'Esittely', ka: 'პრეზენტაცია' },
    items: [
      {
        id: 'presentation.strengths',
        source: '000:163-164, 002:114',
        text: {
          en: "Strengths tied to this client's needs",
          ru: 'Достоинства продукта под потребности этого клиента',
          fi: 'Vahvuudet tämän asiakkaan tarpeiden kannalta',
          ka: 'ძლიერი მხარეები ამ კლიენტის საჭიროებების მიხედვით',
        },
      },
      {
        id: 'presentation.vs-competitor',
        source: '000:163, 002:114',
        text: {
          en: 'Advantages over the competitor they use',
          ru: 'Преимущества перед конкурентом, с которым они работают',
          fi: 'Edut nykyiseen kilpailijaan verrattuna',
          ka: 'უპირატესობები იმ კონკურენტთან შედარებით, ვისთანაც მუშაობენ',
        },
      },
      {
        id: 'presentation.samples',
        source: '000:173',
        text: {
          en: 'Demo samples and materials',
          ru: 'Демонстрационные образцы и материалы',
          fi: 'Esittelynäytteet ja -materiaalit',
          ka: 'სადემონსტრაციო ნიმუშები და მასალები',
        },
      },
      {
        id: 'presentation.event-invite',
        source: '000:171, 001:22',
        text: {
          en: 'Invitation to an upcoming event (exhibition, fair, launch)',
          ru: 'Приглашение на ближайшее мероприятие (выставка, ярмарка, презентация)',
          fi: 'Kutsu tulevaan tapahtumaan (näyttely, messut, tuote-esittely)',
          ka: 'მოწვევა მომავალ ღონისძიებაზე (გამოფენა, ბაზრობა, პრეზენტაცია)',
        },
      },
    ],
  },
  {
    id: 'proposal',
    name: { en: 'Commercial proposal', ru: 'Коммерческое предложение', fi: 'Tarjous', ka: 'კომერციული შეთავაზება' },
    items: [
      {
        id: 'proposal.benefits',
        source: '003:110',
        text: {
          en: 'Benefits to the client stated clearly',
          ru: 'Выгоды для клиента чётко сформулированы',
          fi: 'Asiakkaan hyödyt selvästi esillä',
          ka: 'კლიენტისთვის სარგებელი მკაფიოდაა ჩამოყალიბებული',
        },
      },
      {
        id: 'proposal.discount',
        source: '000:85, 004:79',
        text: {
          en: 'Allowed discount and special terms',
          ru: 'Допустимая скидка и особые условия',
          fi: 'Sallittu alennus ja erityisehdot',
          ka: 'დასაშვები ფასდაკლება და სპეციალური პირობები',
        },
      },
      {
        id: 'proposal.competitor-offers',
        source: '000:89, 000:163',
        text: {
          en: 'Competitor offers to beat',
          ru: 'Предложения конкурентов, которые нужно превзойти',
          fi: 'Kilpailijoiden tarjoukset, jotka on voitettava',
          ka: 'კონკურენტების შეთავაზებები, რომლებსაც უნდა აჯობოთ',
        },
      },
      {
        id: 'proposal.reaction',
        source: '000:81',
        text: {
          en: "The client's likely reaction",
          ru: 'Ожидаемая реакция клиента',
          fi: 'Asiakkaan todennäköinen reaktio',
          ka: 'კლიენტის მოსალოდნელი რეაქცია',
        },
      },
      {
        id: 'proposal.balance',
        source: '000:86, 001:32',
        text: {
          en: "Balance of the client's and our company's interests",
          ru: 'Баланс интересов клиента и компании',
          fi: 'Asiakkaan ja oman yrityksen etujen tasapaino',
          ka: 'კლიენტისა და კომპანიის ინტერესების ბალანსი',
        },
      },
    ],
  },
  {
    id: 'negotiation',
    name: { en: 'Negotiation', ru: 'Переговоры', fi: 'Neuvottelu', ka: 'მოლაპარაკება' },
    items: [
      {
        id: 'negotiation.mutual-benefit',
        source: '001:58, 000:82',
        text: {
          en: 'Why the deal benefits both sides',
          ru: 'Аргументы взаимной выгоды',
          fi: 'Perustelut molempia osapuolia hyödyttävälle ratkaisulle',
          ka: 'ორმხრივი სარგებლის არგუმენტები',
        },
      },
      {
        id: 'negotiation.draft-points',
        source: '001:58, 000:82',
        text: {
          en: 'Draft contract points and open disagreements',
          ru: 'Пункты проекта договора и неурегулированные разногласия',
          fi: 'Sopimusluonnoksen kohdat ja avoimet erimielisyydet',
          ka: 'ხელშეკრულების პროექტის პუნქტები და გადაუწყვეტელი უთანხმოებები',
        },
      },
      {
        id: 'negotiation.authority',
        source: '000:135, 001:116',
        text: {
          en: 'The limits of my authority',
          ru: 'Границы моих полномочий',
          fi: 'Oman päätösvaltani rajat',
          ka: 'ჩემი უფლებამოსილების ფარგლები',
        },
      },
      {
        id: 'negotiation.interests',
        source: '002:301',
        text: {
          en: 'Interests of the organisation, of the negotiators, of competitors',
          ru: 'Интересы организации, участников переговоров и конкурентов',
          fi: 'Organisaation, neuvottelijoiden ja kilpailijoiden edut',
          ka: 'ორგანიზაციის, მოლაპარაკების მონაწილეებისა და კონკურენტების ინტერესები',
        },
      },
      {
        id: 'negotiation.style',
        source: '003:156, 003:204',
        text: {
          en: "The counterpart's style and mood",
          ru: 'Стиль и настроение собеседника',
          fi: 'Vastapuolen tyyli ja mieliala',
          ka: 'მოსაუბრის სტილი და განწყობა',
        },
      },
    ],
  },
  {
    id: 'signing',
    name: { en: 'Contract signing', ru: 'Подписание договора', fi: 'Sopimuksen allekirjoitus', ka: 'ხელშეკრულების ხელმოწერა' },
    items: [
      {
        id: 'signing.documents',
        source: '000:160',
        text: {
          en: 'All documents ready',
          ru: 'Все документы подготовлены',
          fi: 'Kaikki asiakirjat valmiina',
          ka: 'ყველა დოკუმენტი მზადაა',
        },
      },
      {
        id: 'signing.disagreements',
        source: '000:82, 000:135',
        text: {
          en: 'Disagreements settled',
          ru: 'Разногласия урегулированы',
          fi: 'Erimielisyydet ratkaistu',
          ka: 'უთანხმოებები მოგვარებულია',
        },
      },
      {
        id: 'signing.special-terms',
        source: '000:85',
        text: {
          en: 'Special terms written into the contract',
          ru: 'Особые условия внесены в договор',
          fi: 'Erityisehdot kirjattu sopimukseen',
          ka: 'სპეციალური პირობები ასახულია ხელშეკრულებაში',
        },
      },
      {
        id: 'signing.lawyer',
        source: '000:178',
        text: {
          en: 'Is a lawyer needed?',
          ru: 'Нужен ли юрист?',
          fi: 'Tarvitaanko lakimiestä?',
          ka: 'საჭიროა თუ არა იურისტი?',
        },
      },
      {
        id: 'signing.referral',
        source: '001:71, 002:100',
        text: {
          en: 'Referral clause',
          ru: 'Пункт о рекомендациях',
          fi: 'Suosituksia koskeva ehto',
          ka: 'პუნქტი რეკომენდაციების შესახებ',
        },
      },
      {
        id: 'signing.delivery',
        source: '000:159',
        text: {
          en: 'Delivery schedule defined',
          ru: 'График поставок определён',
          fi: 'Toimitusaikataulu sovittu',
          ka: 'მიწოდების გრაფიკი განსაზღვრულია',
        },
      },
    ],
  },
  {
    id: 'complaint',
    name: { en: 'Complaint / claim', ru: 'Жалоба / претензия', fi: 'Reklamaatio', ka: 'საჩივარი / პრეტენზია' },
    items: [
      {
        id: 'complaint.history',
        source: '000:87, 001:63',
        text: {
          en: 'Full history of the complaint',
          ru: 'Вся история претензии',
          fi: 'Reklamaation koko historia',
          ka: 'პრეტენზიის სრული ისტორია',
        },
      },
      {
        id: 'complaint.contract-clause',
        source: '000:86',
        text: {
          en: 'The contract clause involved',
          ru: 'Пункт договора, которого касается претензия',
          fi: 'Sopimuskohta, jota reklamaatio koskee',
          ka: 'ხელშეკრულების პუნქტი, რომელსაც პრეტენზია ეხება',
        },
      },
      {
        id: 'complaint.can-do',
        source: '000:87, 000:83',
        text: {
          en: 'What we can and cannot do, and how fast',
          ru: 'Что мы можем и чего не можем сделать, и в какие сроки',
          fi: 'Mitä voimme tehdä ja mitä emme, ja kuinka nopeasti',
          ka: 'რისი გაკეთება შეგვიძლია და რისი — არა, და რა ვადაში',
        },
      },
      {
        id: 'complaint.owner',
        source: '000:86, 001:63',
        text: {
          en: 'The department responsible',
          ru: 'Ответственный отдел',
          fi: 'Vastuussa oleva osasto',
          ka: 'პასუხისმგებელი განყოფილება',
        },
      },
      {
        id: 'complaint.no-argue',
        source: '003:508, 003:156',
        text: {
          en: "Don't argue, even if the client is wrong",
          ru: 'Не спорить, даже если клиент неправ',
          fi: 'Älä väittele, vaikka asiakas olisi väärässä',
          ka: 'ნუ იკამათებთ, მაშინაც კი, თუ კლიენტი ცდება',
        },
      },
      {
        id: 'complaint.next-step',
        source: '000:87, 001:63',
        text: {
          en: 'The promised next step and its date',
          ru: 'Обещанный следующий шаг и срок',
          fi: 'Luvattu seuraava toimenpide ja sen päivämäärä',
          ka: 'დაპირებული შემდეგი ნაბიჯი და მისი ვადა',
        },
      },
    ],
  },
  {
    id: 'account-review',
    name: { en: 'Account review', ru: 'Обзор работы с клиентом', fi: 'Asiakkuuskatsaus', ka: 'თანამშრომლობის მიმოხილვა' },
    items: [
      {
        id: 'account-review.open-issues',
        source: '002:270',
        text: {
          en: 'Open documents and issues',
          ru: 'Незакрытые документы и вопросы',
          fi: 'Avoimet asiakirjat ja asiat',
          ka: 'დაუსრულებელი დოკუმენტები და გადაუწყვეტელი საკითხები',
        },
      },
      {
        id: 'account-review.plan-vs-actual',
        source: '003:57, 004:94',
        text: {
          en: 'Plan vs actual',
          ru: 'План и факт',
          fi: 'Suunnitelma ja toteuma',
          ka: 'გეგმა და ფაქტობრივი შესრულება',
        },
      },
      {
        id: 'account-review.debts',
        source: '004:102',
        text: {
          en: 'Debts and overdue invoices',
          ru: 'Задолженность и просроченные счета',
          fi: 'Saatavat ja erääntyneet laskut',
          ka: 'დავალიანება და ვადაგადაცილებული ანგარიშ-ფაქტურები',
        },
      },
      {
        id: 'account-review.renewals',
        source: '003:84',
        text: {
          en: 'Contract renewal dates',
          ru: 'Сроки продления договоров',
          fi: 'Sopimusten uusimispäivät',
          ka: 'ხელშეკრულებების განახლების ვადები',
        },
      },
      {
        id: 'account-review.news',
        source: '002:270, 001:43',
        text: {
          en: 'New products and promotions to mention',
          ru: 'Новинки и акции, о которых стоит рассказать',
          fi: 'Uutuudet ja kampanjat, joista kertoa',
          ka: 'ახალი პროდუქტები და აქციები, რომლებზეც უნდა ვისაუბროთ',
        },
      },
      {
        id: 'account-review.opportunities',
        source: '002:270',
        text: {
          en: 'Opportunities for new deals',
          ru: 'Возможности для новых сделок',
          fi: 'Mahdollisuudet uusiin kauppoihin',
          ka: 'ახალი გარიგებების შესაძლებლობები',
        },
      },
    ],
  },
  {
    id: 'call',
    name: { en: 'Call', ru: 'Звонок', fi: 'Puhelu', ka: 'ზარი' },
    items: [
      {
        id: 'call.goal',
        source: '000:182, 004:95',
        text: {
          en: 'Purpose of the call and the outcome you want',
          ru: 'Цель звонка и желаемый результат',
          fi: 'Puhelun tarkoitus ja toivottu lopputulos',
          ka: 'ზარის მიზანი და სასურველი შედეგი',
        },
      },
      {
        id: 'call.next-step',
        source: '000:182, 004:95',
        text: {
          en: 'Next step and date agreed',
          ru: 'Договориться о следующем шаге и сроке',
          fi: 'Sovi seuraava askel ja päivämäärä',
          ka: 'შეთანხმდით შემდეგ ნაბიჯსა და ვადაზე',
        },
      },
    ],
  },
];

const anyMeetingName: Localized = {
  en: 'Every meeting',
  ru: 'Каждая встреча',
  fi: 'Jokainen tapaaminen',
  ka: 'ყოველი შეხვედრა',
};

/** Template id of a built-in type: stable, so restoring defaults replaces rather than duplicates. */
export function builtInTemplateId(meetingType: string): string {
  return `builtin:${meetingType}`;
}

/** 'ru-RU', 'FI', 'ka_GE' -> a checklist locale; anything else falls back to English. */
export function toChecklistLocale(tag: string | null | undefined): ChecklistLocale {
  const base = (tag ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
  return (checklistLocales as readonly string[]).includes(base) ? (base as ChecklistLocale) : 'en';
}

/** Localized name of a built-in meeting type, or null for a user-defined type. */
export function builtInTypeName(meetingType: string, locale: ChecklistLocale): string | null {
  if (meetingType === ANY_MEETING) return anyMeetingName[locale];
  return meetingTypes.find((t) => t.id === meetingType)?.name[locale] ?? null;
}

function toTemplate(
  meetingType: string,
  name: Localized,
  items: DefaultItem[],
  order: number,
  locale: ChecklistLocale,
): ChecklistTemplate {
  return {
    id: builtInTemplateId(meetingType),
    name: name[locale],
    meetingType,
    items: items.map((i) => ({ id: i.id, text: i.text[locale] })),
    remindBeforeMin: 30,
    order,
    builtIn: true,
    locale,
  };
}

/** The built-in templates: one per meeting type, then the "every meeting" conduct template. */
export function defaultTemplates(locale: ChecklistLocale): ChecklistTemplate[] {
  const out = meetingTypes.map((t, i) => toTemplate(t.id, t.name, t.items, i, locale));
  out.push(toTemplate(ANY_MEETING, anyMeetingName, conductItems, meetingTypes.length, locale));
  return out;
}

/**
 * Bring the built-ins back in `locale`: missing ones are re-added and edited ones reset (that
 * is what "restore" promises). User templates — anything not a built-in id — are kept as they
 * are, even one the user named after a built-in type.
 */
export function restoreDefaults(existing: readonly ChecklistTemplate[], locale: ChecklistLocale): ChecklistTemplate[] {
  const defaults = defaultTemplates(locale);
  const builtInIds = new Set(defaults.map((t) => t.id));
  const user = existing.filter((t) => !builtInIds.has(t.id));
  return [...defaults, ...user].sort((a, b) => a.order - b.order);
}
