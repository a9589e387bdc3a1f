import type { Backup } from '@/lib/schema';
import { addDays, localDay, parseLocalDateTime } from '@/lib/time/local-time';

/** A date `days` from `now` at a given local hour, as ISO (demo data stays fresh whenever loaded). */
function at(now: Date, days: number, hour = 10): string {
  return parseLocalDateTime(dayOf(now, days), `${hour}:00`);
}
function dayOf(now: Date, days: number): string {
  return addDays(localDay(now), days);
}

/**
 * Built-in demo dossiers (issue 2): a key client with several people, a Russian prospect,
 * a Georgian client with an open complaint, a Finnish regular. The same people send the
 * messages of the demo inbox and the test Roundcube.
 */
export function demoBackup(now = new Date()): Backup {
  return {
    format: 'keyside-backup',
    version: 1,
    exportedAt: now.toISOString(),
    accounts: [
      {
        id: 'demo-acme', name: 'Acme Logistics', domains: ['acme-logistics.example', 'acme-group.example'], stage: 'key',
        tags: ['logistics', 'VIP'], summary: 'Regional 3PL operator, 14 warehouses. Our largest client in the North-West.',
        nuances: ['Anna values punctuality — never be late, send the agenda a day ahead', 'Prefers phone for urgent matters, email for everything else'],
        crmRefs: [], legalName: 'Acme Logistics Ltd', segment: 'Logistics', region: 'North-West', languages: ['en', 'ru'],
        business: 'Contract logistics and warehousing for retail chains.',
        needs: [{ id: 'demo-acme-need-1', text: 'Faster pallet turnaround at the Kotka warehouse', at: at(now, -20) }],
        commercialTerms: 'Price list column C, 7% volume bonus, payment 30 days net.',
        reliability: { rating: 'good', notes: 'Pays on time; audited 2025.', checkedAt: dayOf(now, -60) },
        competitors: [{ id: 'demo-acme-comp-1', name: 'NordFreight', offer: 'Undercut our rate by 4% in September', strengths: 'Price', weaknesses: 'No cold chain', notes: '' }],
        plan: { goals: 'Renew the framework contract for 2027; add cold-chain lane', targets: '€1.2M revenue', budget: '', status: 'approved', reviewAt: dayOf(now, 30) },
        cadenceDays: 14,
      },
      {
        id: 'demo-sever', name: 'ООО «Северный Ветер»', domains: ['severny-veter.example'], stage: 'prospect',
        tags: ['производство'], summary: 'Производитель ветрогенераторов, ищут поставщика логистики.',
        nuances: ['Мария просит присылать предложения в PDF и на русском'],
        crmRefs: [], legalName: 'ООО «Северный Ветер»', segment: 'Энергетика', region: 'Санкт-Петербург', languages: ['ru'],
        business: '', needs: [], commercialTerms: '', competitors: [], cadenceDays: 21,
      },
      {
        id: 'demo-tbilisi', name: 'Tbilisi Wine House / თბილისის ღვინის სახლი', domains: ['tbilisi-wine.example'], stage: 'active',
        tags: ['wine', 'dissatisfied'], summary: 'Exporter of Georgian wine; ships to the Baltics through our hub.',
        nuances: ['გიორგი prefers calls in Russian or Georgian'], crmRefs: [], legalName: 'შპს თბილისის ღვინის სახლი',
        segment: 'Food & beverage', region: 'Georgia', languages: ['ka', 'ru'], business: '', needs: [], commercialTerms: '', competitors: [],
        reliability: { rating: 'watch', notes: 'Invoice 2026-118 overdue', checkedAt: dayOf(now, -10) }, cadenceDays: null,
      },
      {
        id: 'demo-pohjoinen', name: 'Pohjoinen Oy', domains: ['pohjoinen.example'], stage: 'active', tags: ['retail'],
        summary: 'Finnish retail chain, 40 stores.', nuances: [], crmRefs: [], legalName: 'Pohjoinen Oy', segment: 'Retail',
        region: 'Finland', languages: ['fi', 'en'], business: '', needs: [], commercialTerms: '', competitors: [], cadenceDays: 30,
      },
    ],
    contacts: [
      { id: 'demo-anna', accountId: 'demo-acme', name: 'Anna Petrova', emails: ['anna.petrova@acme-logistics.example'], phones: ['+358 40 123 4567'], title: 'Head of Procurement', role: 'decision-maker', style: 'Direct, data-driven; wants figures first', personalNotes: 'Runs marathons', vip: true, language: 'en' },
      { id: 'demo-igor', accountId: 'demo-acme', name: 'Igor Smirnov', emails: ['igor.smirnov@acme-logistics.example'], phones: [], title: 'Warehouse Operations Manager', role: 'influencer', style: 'Detail-oriented, cautious', personalNotes: '', vip: false, language: 'ru' },
      { id: 'demo-lena', accountId: 'demo-acme', name: 'Elena Korhonen', emails: ['elena.korhonen@acme-group.example'], phones: [], title: 'CFO', role: 'gatekeeper', style: 'Formal', personalNotes: '', vip: false, language: 'fi' },
      { id: 'demo-maria', accountId: 'demo-sever', name: 'Мария Иванова', emails: ['maria.ivanova@severny-veter.example'], phones: ['+7 812 555 01 02'], title: 'Директор по закупкам', role: 'decision-maker', style: 'Вежливая, любит подробности', personalNotes: '', vip: false, language: 'ru' },
      { id: 'demo-giorgi', accountId: 'demo-tbilisi', name: 'გიორგი ბერიძე', emails: ['giorgi.beridze@tbilisi-wine.example'], phones: [], title: 'Export manager', role: 'decision-maker', style: 'Warm, expects personal attention', personalNotes: '', vip: false, language: 'ka' },
      { id: 'demo-mikko', accountId: 'demo-pohjoinen', name: 'Mikko Virtanen', emails: ['mikko.virtanen@pohjoinen.example'], phones: [], title: 'Logistics lead', role: 'user', style: 'Brief, to the point', personalNotes: '', vip: false, language: 'fi' },
    ],
    interactions: [
      { id: 'demo-i1', accountId: 'demo-acme', contactIds: ['demo-anna'], kind: 'meeting', at: at(now, -12), summary: 'Quarterly review: volumes up 12%, asked for cold-chain options.' },
      { id: 'demo-i2', accountId: 'demo-acme', contactIds: ['demo-igor'], kind: 'call', at: at(now, -5, 14), summary: 'Igor: pallet turnaround at Kotka is the pain point.' },
      { id: 'demo-i3', accountId: 'demo-acme', contactIds: ['demo-anna'], kind: 'proposal', at: at(now, -3), summary: 'Sent the cold-chain lane proposal v1.' },
      { id: 'demo-i4', accountId: 'demo-sever', contactIds: ['demo-maria'], kind: 'call', at: at(now, -8), summary: 'Первый звонок: интерес к складской логистике, просили КП.' },
      { id: 'demo-i5', accountId: 'demo-tbilisi', contactIds: ['demo-giorgi'], kind: 'complaint', at: at(now, -4), summary: 'Damaged pallets in shipment TB-2211; claim for 14 cases.', state: 'open' },
      { id: 'demo-i6', accountId: 'demo-pohjoinen', contactIds: ['demo-mikko'], kind: 'email', at: at(now, -40), summary: 'Confirmed spring delivery schedule.' },
    ],
    tasks: [
      { id: 'demo-t1', accountId: 'demo-acme', title: 'Send revised cold-chain proposal to Anna', due: dayOf(now, -1), status: 'open' },
      { id: 'demo-t2', accountId: 'demo-acme', title: 'Check Kotka turnaround figures with Igor', due: dayOf(now, 2), status: 'open' },
      { id: 'demo-t3', accountId: 'demo-sever', title: 'Отправить коммерческое предложение', due: dayOf(now, 0), status: 'open' },
      { id: 'demo-t4', accountId: 'demo-tbilisi', title: 'Resolve the TB-2211 claim with the claims department', due: dayOf(now, 1), status: 'open' },
      { id: 'demo-t5', accountId: 'demo-pohjoinen', title: 'Invite Mikko to the spring fair', due: null, status: 'done' },
    ],
    meetings: [
      { id: 'demo-m1', accountId: 'demo-acme', contactIds: ['demo-anna', 'demo-igor'], type: 'negotiation', at: at(now, 1, 11), checklistTemplateId: 'builtin:negotiation', durationMin: 60, place: 'Acme HQ, Kotka', checked: [] },
      { id: 'demo-m2', accountId: 'demo-tbilisi', contactIds: ['demo-giorgi'], type: 'complaint', at: at(now, 3, 15), checklistTemplateId: 'builtin:complaint', durationMin: 30, place: 'Call', checked: [] },
    ],
    checklistTemplates: [],
    siteRules: [],
  } as Backup;
}
