// Deterministic synthetic backup at a manager's scale, in the scripts Keyside's users mix:
// Latin, Cyrillic and Georgian names, several people per account, a long history.
const latin = ['Acme', 'Nordic', 'Baltic', 'Polar', 'Harbor', 'Summit', 'Vector', 'Aurora', 'Kestrel', 'Granite'];
const cyr = ['Северный', 'Восток', 'Ладога', 'Волга', 'Сибирь', 'Орион', 'Меридиан', 'Каскад', 'Алмаз', 'Рубин'];
const geo = ['თბილისი', 'ქართლი', 'კახეთი', 'ბათუმი', 'მცხეთა', 'ალაზანი', 'იმერეთი', 'სვანეთი', 'გურია', 'რაჭა'];
const suffix = ['Logistics', 'Trade', 'Group', 'Oy', 'ООО', 'შპს', 'Systems', 'Foods', 'Energy', 'Retail'];
const first = ['Anna', 'Igor', 'Мария', 'Пётр', 'გიორგი', 'ნინო', 'Mikko', 'Aino', 'Olga', 'Дмитрий'];
const last = ['Petrova', 'Smirnov', 'Иванова', 'Кузнецов', 'ბერიძე', 'კაპანაძე', 'Virtanen', 'Korhonen', 'Sokolova', 'Волков'];
const kinds = ['email', 'call', 'meeting', 'visit', 'note', 'proposal', 'order'];
const stages = ['prospect', 'active', 'key', 'former'];

function rng(seed) {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

export function generateBackup({ accounts = 10_000, contactsPerAccount = 3, interactionsPerAccount = 20, seed = 42 } = {}) {
  const r = rng(seed);
  const pick = (a) => a[Math.floor(r() * a.length)];
  const base = Date.UTC(2024, 0, 1);
  const out = {
    format: 'keyside-backup',
    version: 1,
    exportedAt: new Date(base).toISOString(),
    accounts: [],
    contacts: [],
    interactions: [],
    tasks: [],
    meetings: [],
    checklistTemplates: [],
    siteRules: [],
    planFigures: [],
  };
  for (let i = 0; i < accounts; i++) {
    const id = `a${i}`;
    const script = i % 3 === 0 ? latin : i % 3 === 1 ? cyr : geo;
    const domain = `client${i}.example`;
    out.accounts.push({
      id,
      name: `${pick(script)} ${pick(suffix)} ${i}`,
      domains: [domain],
      stage: pick(stages),
      tags: [pick(['retail', 'vip', 'опт', 'ექსპორტი'])],
      summary: `Client number ${i}`,
      nuances: [],
    });
    for (let c = 0; c < contactsPerAccount; c++) {
      const name = `${pick(first)} ${pick(last)}`;
      out.contacts.push({
        id: `c${i}-${c}`,
        accountId: id,
        name,
        emails: [`person${c}@${domain}`],
        role: pick(['decision-maker', 'influencer', 'user', 'gatekeeper', 'other']),
      });
    }
    for (let k = 0; k < interactionsPerAccount; k++)
      out.interactions.push({
        id: `i${i}-${k}`,
        accountId: id,
        contactIds: [`c${i}-${k % contactsPerAccount}`],
        kind: pick(kinds),
        at: new Date(base + Math.floor(r() * 7e10)).toISOString(),
        summary: `Обсудили поставку ${k} / discussed delivery ${k}`,
      });
    if (i % 4 === 0)
      out.tasks.push({
        id: `t${i}`,
        accountId: id,
        title: `Follow up ${i}`,
        due: new Date(base + Math.floor(r() * 9e10)).toISOString().slice(0, 10),
        status: 'open',
      });
    // Every other account has a sales plan for four quarters (the portfolio's gap-to-plan sort).
    // Derived from the index, not the seeded generator, so the other records stay as they were.
    if (i % 2 === 0)
      for (let q = 1; q <= 4; q++)
        out.planFigures.push({
          id: `p${i}-${q}`,
          accountId: id,
          measure: 'sales',
          period: `2025-Q${q}`,
          plan: 100_000,
          actual: q === 4 ? null : 40_000 + ((i * 37 + q * 11) % 80) * 1000,
          currency: 'EUR',
        });
  }
  return out;
}
