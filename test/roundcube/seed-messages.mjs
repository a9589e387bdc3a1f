// The mail the harness puts in the test user's INBOX, and that user's login. Tests read these
// to know what Roundcube will show (subjects, senders, UIDs).

export const MAIL_USER = 'kam@keyside.test';
export const MAIL_PASSWORD = 'keyside-test';

const ANNA_ID = 'q4-schedule.20261102091500.anna@acme-logistics.example';

/**
 * The INBOX, in UID order (uid 1 is the oldest). Roundcube lists newest first, so the first
 * row of the list is the last entry here. messageId is without the angle brackets.
 */
export const seededMessages = [
  {
    uid: 1,
    subject: 'Q4 delivery schedule',
    fromName: 'Anna Petrova',
    fromEmail: 'anna.petrova@acme-logistics.example',
    to: MAIL_USER,
    messageId: ANNA_ID,
    date: '2026-11-02T09:15:00+02:00',
    // the signature separator is "-- " (RFC 3676): Roundcube wraps what follows in span.sig
    contentType: 'text/plain; charset=UTF-8',
    transferEncoding: '8bit',
    body: `Hello Kam,

As discussed at the quarterly review, here is our proposed Q4 delivery schedule
for the Kotka warehouse:

  - Week 46: 12 full truckloads, cold chain for 4 of them
  - Week 48: 10 full truckloads
  - Week 50: 14 full truckloads before the holiday freeze

Please confirm the slots by Friday, and send the revised cold-chain rates.

Best regards,
Anna

--\x20
Anna Petrova
Head of Procurement
Acme Logistics Ltd
Phone: +358 40 123 4567
anna.petrova@acme-logistics.example
`,
  },
  {
    uid: 2,
    subject: 'Re: Q4 delivery schedule',
    fromName: 'Igor Smirnov',
    fromEmail: 'igor.smirnov@acme-logistics.example',
    to: MAIL_USER,
    cc: 'anna.petrova@acme-logistics.example',
    messageId: 're-q4-schedule.20261103114000.igor@acme-logistics.example',
    inReplyTo: ANNA_ID,
    references: ANNA_ID,
    date: '2026-11-03T11:40:00+02:00',
    contentType: 'text/html; charset=UTF-8',
    transferEncoding: '8bit',
    body: `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Re: Q4 delivery schedule</title></head>
<body>
<p>Hi Kam,</p>
<p>Adding the warehouse side to Anna's schedule. Pallet turnaround at Kotka is still our bottleneck:</p>
<table border="1" cellpadding="4" cellspacing="0">
  <thead><tr><th>Week</th><th>Truckloads</th><th>Pallets</th><th>Dock</th></tr></thead>
  <tbody>
    <tr><td>46</td><td>12</td><td>396</td><td>D2</td></tr>
    <tr><td>48</td><td>10</td><td>330</td><td>D2</td></tr>
    <tr><td>50</td><td>14</td><td>462</td><td>D4</td></tr>
  </tbody>
</table>
<p>The dock plan is on our portal: <a href="https://portal.acme-logistics.example/docks/kotka?q=4">Kotka dock plan</a>.</p>
<p>Regards,<br>Igor Smirnov<br>Warehouse Operations Manager, Acme Logistics Ltd</p>
<blockquote>On Mon, 2 Nov 2026 at 09:15, Anna Petrova wrote:<br>As discussed at the quarterly review, here is our proposed Q4 delivery schedule&hellip;</blockquote>
</body></html>
`,
  },
  {
    uid: 3,
    subject: 'Коммерческое предложение',
    fromName: 'Мария Иванова',
    fromEmail: 'maria.ivanova@severny-veter.example',
    to: MAIL_USER,
    messageId: 'kp.20261105100500.maria@severny-veter.example',
    date: '2026-11-05T10:05:00+03:00',
    contentType: 'text/plain; charset=UTF-8',
    transferEncoding: 'quoted-printable',
    body: `Добрый день, Кам!

Спасибо за звонок. Просим прислать коммерческое предложение на складскую
логистику для наших ветрогенераторов: хранение 1 200 паллет, отгрузки
два раза в неделю, Санкт-Петербург — Котка.

Предложение, пожалуйста, в PDF и на русском языке.

С уважением,
Мария Иванова
Директор по закупкам
ООО «Северный Ветер»
Тел.: +7 812 555 01 02
`,
  },
  {
    uid: 4,
    subject: 'Complaint: damaged pallets / პრეტენზია',
    fromName: 'გიორგი ბერიძე',
    fromEmail: 'giorgi.beridze@tbilisi-wine.example',
    to: MAIL_USER,
    messageId: 'claim-tb-2211.20261109162000.giorgi@tbilisi-wine.example',
    date: '2026-11-09T16:20:00+04:00',
    contentType: 'text/plain; charset=UTF-8',
    transferEncoding: '8bit',
    body: `გამარჯობა, Kam!

Shipment TB-2211 arrived at the hub with damaged pallets: 14 cases of Saperavi are broken.
გთხოვთ, განიხილოთ ჩვენი პრეტენზია რაც შეიძლება მალე.
Photos and the delivery note are with our claims department.

პატივისცემით,
გიორგი ბერიძე
Export manager, Tbilisi Wine House / თბილისის ღვინის სახლი
`,
  },
  {
    uid: 5,
    subject: 'Introduction',
    fromName: 'New Person',
    fromEmail: 'new.person@unknown-co.example',
    to: MAIL_USER,
    messageId: 'intro.20261111083000.new.person@unknown-co.example',
    date: '2026-11-11T08:30:00+00:00',
    contentType: 'text/plain; charset=UTF-8',
    transferEncoding: '8bit',
    body: `Dear Kam,

I got your name from a colleague at the Nordic Logistics Forum. We are opening
a distribution centre in Hamina next spring and are looking for a 3PL partner.
Would you have 30 minutes for a call next week?

Kind regards,

New Person
Business Development Director
Unknown Co Ltd
Tel. +44 20 7946 0958
www.unknown-co.example
`,
  },
  {
    uid: 6,
    subject: 'Hello',
    fromName: 'Pekka Private',
    fromEmail: 'pekka.private1984@gmail.com',
    to: MAIL_USER,
    messageId: 'hello.20261113194500.pekka@mail.gmail.com',
    date: '2026-11-13T19:45:00+02:00',
    contentType: 'text/plain; charset=UTF-8',
    transferEncoding: '8bit',
    body: `Hi Kam,

long time no see! Are you coming to the sauna evening on Saturday?

Pekka
`,
  },
];
