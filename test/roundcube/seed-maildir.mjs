// Delivers the seeded messages: renders each as an RFC 5322 message and writes them straight
// into a Maildir with fixed UIDs, so no MTA is needed and every run sees the same mailbox.
import { randomBytes } from 'node:crypto';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { seededMessages } from './seed-messages.mjs';

function b64word(s) {
  return `=?UTF-8?B?${Buffer.from(s, 'utf8').toString('base64')}?=`;
}

/** RFC 2047 only when needed. */
function headerWord(s) {
  return /^[\x20-\x7e]*$/.test(s) ? s : b64word(s);
}

function mailbox(name, email) {
  const n = /^[\x20-\x7e]*$/.test(name) ? `"${name.replace(/(["\\])/g, '\\$1')}"` : b64word(name);
  return `${n} <${email}>`;
}

function quotedPrintable(text) {
  const out = [];
  for (const line of text.split('\n')) {
    let enc = '';
    const bytes = Buffer.from(line, 'utf8');
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i];
      const last = i === bytes.length - 1;
      if ((b >= 33 && b <= 126 && b !== 61) || (b === 32 && !last)) enc += String.fromCharCode(b);
      else enc += '=' + b.toString(16).toUpperCase().padStart(2, '0');
    }
    // soft line breaks, never splitting an =XX escape
    while (enc.length > 75) {
      let cut = 75;
      const eq = enc.lastIndexOf('=', cut - 1);
      if (eq > cut - 3) cut = eq;
      out.push(enc.slice(0, cut) + '=');
      enc = enc.slice(cut);
    }
    out.push(enc);
  }
  return out.join('\n');
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** '2026-11-02T09:15:00+01:00' -> 'Mon, 02 Nov 2026 09:15:00 +0100' */
function rfc2822(iso) {
  const m = /^(\d{4})-(\d\d)-(\d\d)T(\d\d:\d\d:\d\d)([+-])(\d\d):(\d\d)$/.exec(iso);
  if (!m) throw new Error(`bad date ${iso}`);
  const [, y, mo, d, time, sign, oh, om] = m;
  const wd = new Date(Date.UTC(+y, +mo - 1, +d)).getUTCDay();
  return `${WEEKDAYS[wd]}, ${d} ${MONTHS[+mo - 1]} ${y} ${time} ${sign}${oh}${om}`;
}

function renderMessage(m) {
  const h = ['Return-Path: <' + m.fromEmail + '>', 'From: ' + mailbox(m.fromName, m.fromEmail), 'To: ' + m.to];
  if (m.cc) h.push('Cc: ' + m.cc);
  h.push('Subject: ' + headerWord(m.subject));
  h.push('Date: ' + rfc2822(m.date));
  h.push('Message-ID: <' + m.messageId + '>');
  if (m.inReplyTo) h.push('In-Reply-To: <' + m.inReplyTo + '>');
  if (m.references) h.push('References: <' + m.references + '>');
  h.push('MIME-Version: 1.0');
  h.push('Content-Type: ' + m.contentType);
  h.push('Content-Transfer-Encoding: ' + m.transferEncoding);
  const body = m.transferEncoding === 'quoted-printable' ? quotedPrintable(m.body) : m.body;
  return h.join('\n') + '\n\n' + body;
}

export async function writeMaildir(maildir) {
  for (const d of ['cur', 'new', 'tmp']) await fsp.mkdir(path.join(maildir, d), { recursive: true });
  const uidValidity = 1793000000;
  const lines = [];
  for (const m of seededMessages) {
    const t = Math.floor(Date.parse(m.date) / 1000);
    const base = `${t}.M${m.uid}P1.keyside`;
    const file = path.join(maildir, 'cur', `${base}:2,`);
    await fsp.writeFile(file, renderMessage(m));
    await fsp.utimes(file, t, t); // INTERNALDATE = the Date header
    lines.push(`${m.uid} :${base}:2,`);
  }
  // Fix the UIDs (1..n in seededMessages order) instead of leaving them to directory order.
  const guid = randomBytes(16).toString('hex');
  await fsp.writeFile(
    path.join(maildir, 'dovecot-uidlist'),
    `3 V${uidValidity} N${seededMessages.length + 1} G${guid}\n${lines.join('\n')}\n`,
  );
}
