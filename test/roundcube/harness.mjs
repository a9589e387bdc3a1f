// A real Roundcube 1.6 webmail (Debian's packages) with Dovecot IMAP, run on 127.0.0.1 for the
// end-to-end tests. Install the packages first with test/roundcube/install.sh (root).
//
//   import { startRoundcube, login, openPreview, openMessage, seededMessages } from './harness.mjs';
//   const rc = await startRoundcube();          // { url, user, password, stop, dir, imapPort, httpPort }
//   await login(page, rc);                      // through the real login form
//   const frame = await openPreview(page, 'Q4 delivery schedule'); // preview iframe's Frame
//   await openMessage(page, 'Introduction');    // full view (action=show)
//   ...
//   await rc.stop();
//
// Every daemon runs as a normal child process with a private config in a temp dir (ports picked
// free each run); stop() ends them and removes the dir. Nothing is installed as a service.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const USER = 'kam@keyside.test';
const PASSWORD = 'keyside-test';
const ROUNDCUBE_PUBLIC = '/var/lib/roundcube/public_html';
const ROUNDCUBE_ETC = '/etc/roundcube';
const PHP_CGI = '/usr/bin/php-cgi8.2';
const LIGHTTPD = '/usr/sbin/lighttpd';
const DOVECOT = '/usr/sbin/dovecot';
// As root, the mail files belong to a fixed unprivileged uid (Dovecot refuses mail access as
// root) and Dovecot's own processes use Debian's dovecot/dovenull users. Without root,
// everything runs as the current user (Dovecot's "rootless" mode).
const IS_ROOT = typeof process.getuid === 'function' && process.getuid() === 0;
const MAIL_UID = IS_ROOT ? 65534 : process.getuid(); // nobody
const MAIL_GID = IS_ROOT ? 65534 : process.getgid(); // nogroup
const URL_PATH = '/roundcube/';
// Roundcube fires a few requests at once (list, preview, keep-alive): one php-cgi for each.
const PHP_PROCS = 4;

// ---------------------------------------------------------------------------------------------
// Seed messages

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
    to: USER,
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
    to: USER,
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
    to: USER,
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
    to: USER,
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
    to: USER,
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
    to: USER,
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

function renderMessage(m) {
  const h = [
    'Return-Path: <' + m.fromEmail + '>',
    'From: ' + mailbox(m.fromName, m.fromEmail),
    'To: ' + m.to,
  ];
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

async function writeMaildir(maildir) {
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

// ---------------------------------------------------------------------------------------------
// Helpers

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

async function portIsFree(port) {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.once('error', () => resolve(false));
    srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)));
  });
}

function sleep(ms) {
  return new Promise((r) => setTimeout(r, ms));
}

function tail(file, n = 40) {
  try {
    const lines = fs.readFileSync(file, 'utf8').split('\n');
    return lines.slice(-n).join('\n');
  } catch {
    return '(no log)';
  }
}

function chownR(p, uid, gid) {
  fs.chownSync(p, uid, gid);
  if (fs.statSync(p).isDirectory()) for (const e of fs.readdirSync(p)) chownR(path.join(p, e), uid, gid);
}

/** Wait for the IMAP greeting. */
async function waitForImap(port, deadline, alive) {
  for (;;) {
    if (!alive()) throw new Error('dovecot exited');
    const ok = await new Promise((resolve) => {
      const s = net.connect(port, '127.0.0.1');
      let buf = '';
      s.setTimeout(1000, () => {
        s.destroy();
        resolve(false);
      });
      s.on('data', (d) => {
        buf += d;
        if (buf.includes('\n')) {
          s.end('a LOGOUT\r\n');
          s.destroy();
          resolve(buf.startsWith('* OK'));
        }
      });
      s.on('error', () => resolve(false));
    });
    if (ok) return;
    if (Date.now() > deadline) throw new Error(`dovecot did not answer on 127.0.0.1:${port}`);
    await sleep(50);
  }
}

async function waitForLoginPage(url, deadline, alive) {
  let last = '';
  for (;;) {
    if (!alive()) throw new Error('lighttpd exited');
    try {
      const res = await fetch(url, { redirect: 'follow', signal: AbortSignal.timeout(10000) });
      const text = await res.text();
      if (res.ok && text.includes('rcmloginuser')) return;
      last = `HTTP ${res.status}: ${text.slice(0, 300)}`;
    } catch (e) {
      last = String(e);
    }
    if (Date.now() > deadline) throw new Error(`Roundcube login page did not answer at ${url}: ${last}`);
    await sleep(100);
  }
}

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.gif': 'image/gif',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.tif': 'image/tiff',
  '.tiff': 'image/tiff',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.eot': 'application/vnd.ms-fontobject',
  '.txt': 'text/plain; charset=utf-8',
  '.pdf': 'application/pdf',
  '.xml': 'application/xml',
  '.wav': 'audio/wav',
  '.mp3': 'audio/mpeg',
  '.swf': 'application/x-shockwave-flash',
  '': 'application/octet-stream',
};

function lighttpdConf({ dir, port, sockets }) {
  const mime = Object.entries(MIME)
    .map(([ext, type]) => `  "${ext}" => "${type}",`)
    .join('\n');
  return `# private lighttpd for the Keyside Roundcube harness
server.modules = ( "mod_indexfile", "mod_access", "mod_alias", "mod_redirect", "mod_fastcgi", "mod_staticfile", "mod_accesslog" )
server.bind = "127.0.0.1"
server.port = ${port}
server.document-root = "${dir}/www"
server.errorlog = "${dir}/logs/lighttpd-error.log"
accesslog.filename = "${dir}/logs/lighttpd-access.log"
server.upload-dirs = ( "${dir}/lighttpd-uploads" )
server.follow-symlink = "enable"
server.max-worker = 0
index-file.names = ( "index.php", "index.html" )
url.access-deny = ( "~", ".inc" )
static-file.exclude-extensions = ( ".php" )
url.redirect = ( "^/$" => "${URL_PATH}" )
alias.url = ( "/roundcube" => "${ROUNDCUBE_PUBLIC}" )
mimetype.assign = (
${mime}
)
fastcgi.balance = "least-connection"
fastcgi.server = ( ".php" => (
${sockets.map((sock) => `  ( "socket" => "${sock}", "broken-scriptfilename" => "enable", "disable-time" => 0 ),`).join('\n')}
))
`;
}

function groupName(gid) {
  try {
    const line = fs.readFileSync('/etc/group', 'utf8').split('\n').find((l) => l.split(':')[2] === String(gid));
    if (line) return line.split(':')[0];
  } catch {
    /* fall through */
  }
  return String(gid);
}

function dovecotConf({ dir, port }) {
  return `# private dovecot for the Keyside Roundcube harness
protocols = imap
listen = 127.0.0.1
base_dir = ${dir}/dovecot/run
state_dir = ${dir}/dovecot/state
instance_name = keyside-rc-${port}
log_path = ${dir}/logs/dovecot.log
info_log_path = ${dir}/logs/dovecot.log
debug_log_path = ${dir}/logs/dovecot.log
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
auth_failure_delay = 0
${
  IS_ROOT
    ? 'default_internal_user = dovecot\ndefault_login_user = dovenull'
    : `default_internal_user = ${os.userInfo().username}\ndefault_login_user = ${os.userInfo().username}\n` +
      `default_internal_group = ${groupName(MAIL_GID)}`
}
first_valid_uid = ${MAIL_UID}
last_valid_uid = ${MAIL_UID}
first_valid_gid = ${MAIL_GID}
last_valid_gid = ${MAIL_GID}
mail_location = maildir:~/Maildir
namespace inbox {
  inbox = yes
  separator = /
  mailbox Drafts {
    special_use = \\Drafts
    auto = create
  }
  mailbox Sent {
    special_use = \\Sent
    auto = create
  }
  mailbox Trash {
    special_use = \\Trash
    auto = create
  }
  mailbox Junk {
    special_use = \\Junk
    auto = create
  }
}
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u ${dir}/dovecot/users
}
userdb {
  driver = passwd-file
  args = username_format=%u ${dir}/dovecot/users
}
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = ${port}
  }
  inet_listener imaps {
    port = 0
  }
  process_min_avail = 1
${IS_ROOT ? '' : '  chroot =\n'}}
service anvil {
${IS_ROOT ? '' : '  chroot =\n'}  # no auth penalty: a test of a wrong password must not slow down the next logins
  unix_listener anvil-auth-penalty {
    mode = 0
  }
}
service imap {
  process_limit = 20
}
service stats {
  inet_listener http {
    port = 0
  }
}
`;
}

function roundcubeConf({ dir, imapPort }) {
  const desKey = randomBytes(18).toString('base64'); // 24 chars
  const q = (s) => `'${String(s).replace(/(['\\])/g, '\\$1')}'`;
  return `<?php
// private Roundcube config for the Keyside end-to-end harness
$config = [];
$config['db_dsnw'] = ${q(`sqlite:///${dir}/rc/roundcube.db?mode=0640`)};
$config['imap_host'] = ${q(`127.0.0.1:${imapPort}`)};
$config['imap_auth_type'] = 'PLAIN';
$config['smtp_host'] = '';
$config['des_key'] = ${q(desKey)};
$config['product_name'] = 'Roundcube Webmail';
$config['support_url'] = '';
$config['plugins'] = [];
$config['skin'] = 'elastic';
$config['layout'] = 'widescreen';
$config['language'] = 'en_US';
$config['enable_spellcheck'] = false;
$config['enable_installer'] = false;
$config['log_driver'] = 'file';
$config['log_dir'] = ${q(`${dir}/rc/logs/`)};
$config['temp_dir'] = ${q(`${dir}/rc/temp/`)};
$config['per_user_logging'] = false;
$config['auto_create_user'] = true;
$config['login_rate_limit'] = 0;
$config['session_lifetime'] = 60;
$config['ip_check'] = false;
$config['use_https'] = false;
$config['show_images'] = 0;
$config['prefer_html'] = true;
$config['message_show_email'] = false;
$config['mail_read_time'] = 0;
$config['check_all_folders'] = false;
$config['imap_cache'] = null;
$config['messages_cache'] = false;
`;
}

// ---------------------------------------------------------------------------------------------
// Public API

/**
 * Start Dovecot and Roundcube (lighttpd + php8.2-cgi) on 127.0.0.1.
 * @param {{ port?: number, imapPort?: number, timeoutMs?: number }} [opts]
 *   port: HTTP port (default: a free one); imapPort: IMAP port (default: a free one).
 * @returns {Promise<{ url: string, origin: string, user: string, password: string,
 *   httpPort: number, imapPort: number, dir: string, messages: typeof seededMessages,
 *   logs: () => string, stop: () => Promise<void> }>}
 */
export async function startRoundcube({ port, imapPort, timeoutMs = 30000 } = {}) {
  for (const bin of [PHP_CGI, LIGHTTPD, DOVECOT, `${ROUNDCUBE_PUBLIC}/index.php`]) {
    if (!fs.existsSync(bin)) {
      throw new Error(`Roundcube harness: ${bin} is missing; run test/roundcube/install.sh as root first`);
    }
  }
  const started = Date.now();
  const deadline = started + timeoutMs;
  const dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'keyside-rc-'));
  await fsp.chmod(dir, 0o711); // dovecot's mail process (uid nobody) must reach its home

  const children = [];
  let stopped = false;
  const killAll = (signal) => {
    for (const c of children) {
      if (c.exitCode === null && c.signalCode === null) {
        try {
          process.kill(-c.pid, signal); // its whole process group: php-cgi / dovecot children
        } catch {
          /* already gone */
        }
      }
    }
  };
  const onExit = () => {
    killAll('SIGKILL');
    try {
      fs.rmSync(dir, { recursive: true, force: true });
    } catch {
      /* ignore */
    }
  };
  process.on('exit', onExit);

  // A watchdog shell outlives this process if it is killed hard (SIGKILL, a test runner's
  // teardown): when its stdin closes without the word "done", it ends the daemons (by their
  // process groups, sent to it one per line) and removes the temp dir.
  const watchdog = spawn(
    'sh',
    [
      '-c',
      `trap '' INT HUP TERM
pids=""
while IFS= read -r line; do
  [ "$line" = done ] && exit 0
  pids="$pids -$line"
done
if [ -n "$pids" ]; then kill -TERM $pids 2>/dev/null; sleep 2; kill -KILL $pids 2>/dev/null; fi
rm -rf "$0"`,
      dir,
    ],
    { detached: true, stdio: ['pipe', 'ignore', 'ignore'] },
  );
  watchdog.unref();
  watchdog.stdin.on('error', () => {});
  watchdog.stdin.unref?.();

  const logFiles = () =>
    fs.existsSync(path.join(dir, 'logs'))
      ? [
          ...fs.readdirSync(path.join(dir, 'logs')).map((f) => path.join(dir, 'logs', f)),
          ...(fs.existsSync(path.join(dir, 'rc/logs'))
            ? fs.readdirSync(path.join(dir, 'rc/logs')).map((f) => path.join(dir, 'rc/logs', f))
            : []),
        ]
      : [];
  const logs = () => logFiles().map((f) => `==> ${f} <==\n${tail(f)}`).join('\n');

  const stop = async () => {
    if (stopped) return;
    stopped = true;
    // SIGTERM to each daemon itself (not its group), so that dovecot's master can stop and reap
    // its service processes (that takes it ~1 s). Whatever is left after 5 s is killed by group.
    for (const c of children) {
      if (c.exitCode === null && c.signalCode === null) {
        try {
          process.kill(c.pid, 'SIGTERM');
        } catch {
          /* gone */
        }
      }
    }
    const until = Date.now() + 5000;
    while (children.some((c) => c.exitCode === null && c.signalCode === null) && Date.now() < until) {
      await sleep(20);
    }
    for (const c of children) {
      try {
        process.kill(-c.pid, 'SIGKILL');
      } catch {
        /* the group is gone: the normal case */
      }
    }
    process.off('exit', onExit);
    watchdog.stdin.end('done\n');
    await fsp.rm(dir, { recursive: true, force: true });
  };

  const spawnDaemon = (name, cmd, args, env = {}) => {
    const out = fs.openSync(path.join(dir, 'logs', `${name}.out`), 'a');
    const child = spawn(cmd, args, {
      cwd: dir,
      detached: true, // own process group, so that it can be ended with its children
      stdio: ['ignore', out, out],
      env: { PATH: process.env.PATH ?? '/usr/sbin:/usr/bin:/sbin:/bin', LANG: 'C.UTF-8', TZ: 'UTC', ...env },
    });
    fs.closeSync(out);
    child.unref();
    children.push(child);
    watchdog.stdin.write(`${child.pid}\n`);
    return () => child.exitCode === null && child.signalCode === null;
  };

  try {
    for (const d of ['logs', 'www', 'lighttpd-uploads', 'dovecot/run', 'dovecot/state', 'rc/config', 'rc/temp', 'rc/logs', 'mail']) {
      await fsp.mkdir(path.join(dir, d), { recursive: true });
    }
    const httpPort = port ?? (await freePort());
    let imap = imapPort ?? (await freePort());
    if (imap === httpPort) imap = await freePort();
    if (!(await portIsFree(httpPort))) throw new Error(`port ${httpPort} is in use`);

    // --- mail store + dovecot
    await writeMaildir(path.join(dir, 'mail', 'Maildir'));
    if (IS_ROOT) chownR(path.join(dir, 'mail'), MAIL_UID, MAIL_GID);
    await fsp.writeFile(
      path.join(dir, 'dovecot', 'users'),
      `${USER}:{PLAIN}${PASSWORD}:${MAIL_UID}:${MAIL_GID}::${dir}/mail::\n`,
      { mode: 0o644 },
    );
    await fsp.writeFile(path.join(dir, 'dovecot', 'dovecot.conf'), dovecotConf({ dir, port: imap }));
    const dovecotAlive = spawnDaemon('dovecot', DOVECOT, ['-F', '-c', path.join(dir, 'dovecot', 'dovecot.conf')]);

    // --- roundcube config
    for (const f of ['defaults.inc.php', 'mimetypes.php']) {
      if (fs.existsSync(path.join(ROUNDCUBE_ETC, f))) {
        await fsp.symlink(path.join(ROUNDCUBE_ETC, f), path.join(dir, 'rc', 'config', f));
      }
    }
    await fsp.writeFile(path.join(dir, 'rc', 'config', 'config.inc.php'), roundcubeConf({ dir, imapPort: imap }));

    // --- php-cgi FastCGI servers, each a direct child of this process (so that they are reaped
    // here and never left as zombies), and lighttpd in front of them
    const sockets = [];
    const phpAlive = [];
    for (let i = 0; i < PHP_PROCS; i++) {
      const sock = path.join(dir, `php-${i}.sock`);
      sockets.push(sock);
      phpAlive.push(
        spawnDaemon(`php-cgi-${i}`, PHP_CGI, ['-b', sock], {
          PHP_FCGI_CHILDREN: '0',
          PHP_FCGI_MAX_REQUESTS: '0',
          ROUNDCUBE_CONFIG_DIR: path.join(dir, 'rc', 'config'),
        }),
      );
    }
    const conf = path.join(dir, 'lighttpd.conf');
    await fsp.writeFile(conf, lighttpdConf({ dir, port: httpPort, sockets }));
    for (;;) {
      if (sockets.every((s) => fs.existsSync(s))) break;
      if (!phpAlive.every((a) => a())) throw new Error('php-cgi exited');
      if (Date.now() > deadline) throw new Error('php-cgi did not create its socket');
      await sleep(10);
    }
    const lighttpdAlive = spawnDaemon('lighttpd', LIGHTTPD, ['-D', '-f', conf]);

    const origin = `http://127.0.0.1:${httpPort}`;
    const url = `${origin}${URL_PATH}`;
    await waitForImap(imap, deadline, dovecotAlive);
    await waitForLoginPage(url, deadline, lighttpdAlive);

    return {
      url,
      origin,
      user: USER,
      password: PASSWORD,
      httpPort,
      imapPort: imap,
      dir,
      messages: seededMessages,
      startMs: Date.now() - started,
      logs,
      stop,
    };
  } catch (e) {
    const detail = logs();
    await stop().catch(() => {});
    const err = new Error(`Roundcube harness failed to start: ${e.message}\n${detail}`);
    err.cause = e;
    throw err;
  }
}

/**
 * Log in through Roundcube's real login form and wait for the message list.
 * @param {import('@playwright/test').Page} page
 * @param {{ url: string, user: string, password: string }} rc
 */
export async function login(page, rc, { timeout = 30000 } = {}) {
  await page.goto(rc.url);
  const row = page.locator('#messagelist tbody tr.message').first();
  // A second page in the same browser shares the session cookie: already logged in.
  await Promise.race([row.waitFor({ state: 'visible', timeout }), page.locator('#rcmloginuser').waitFor({ timeout })]);
  if (await row.isVisible()) return;
  await page.locator('#rcmloginuser').fill(rc.user);
  await page.locator('#rcmloginpwd').fill(rc.password);
  await page.locator('#rcmloginsubmit').click();
  const error = page.locator('#messagestack .error, #messagestack .warning, .boxerror');
  await Promise.race([
    row.waitFor({ state: 'visible', timeout }),
    error.first().waitFor({ state: 'visible', timeout }).then(async () => {
      throw new Error(`Roundcube login failed: ${(await error.first().textContent())?.trim()}`);
    }),
  ]);
}

function rowBySubject(page, subject) {
  const exact = new RegExp(`^\\s*${subject.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`);
  return page
    .locator('#messagelist tbody tr.message')
    .filter({ has: page.locator('span.subject a', { hasText: exact }) });
}

function uidOf(subject) {
  const m = seededMessages.find((x) => x.subject === subject);
  if (!m) throw new Error(`no seeded message with subject ${JSON.stringify(subject)}`);
  return m.uid;
}

/**
 * Click a seeded message's row (exact subject) in the list and wait until the preview pane
 * (iframe#messagecontframe) has loaded that message. Returns the preview's Playwright Frame.
 * @param {import('@playwright/test').Page} page
 * @param {string} subject
 */
export async function openPreview(page, subject, { timeout = 20000 } = {}) {
  const uid = String(uidOf(subject));
  await rowBySubject(page, subject).click();
  await page.waitForFunction(
    (uid) => {
      const f = document.getElementById('messagecontframe');
      const d = f?.contentDocument;
      return (
        !!d &&
        d.readyState === 'complete' &&
        !!d.body?.classList.contains('action-preview') &&
        new URLSearchParams(f.contentWindow.location.search).get('_uid') === uid
      );
    },
    uid,
    { timeout },
  );
  return page.frame({ name: 'messagecontframe' });
}

/**
 * Open a seeded message in the full view (double-click on its row, as a person would) and wait
 * for body.action-show. The page itself navigates; returns the page.
 * @param {import('@playwright/test').Page} page
 * @param {string} subject
 */
export async function openMessage(page, subject, { timeout = 20000 } = {}) {
  const uid = String(uidOf(subject));
  await rowBySubject(page, subject).dblclick();
  await page.waitForURL((u) => u.searchParams.get('_action') === 'show' && u.searchParams.get('_uid') === uid, { timeout });
  await page.locator('body.action-show #messagebody').waitFor({ timeout });
  return page;
}

/** Where the harness expects the packages; for a pre-flight check in a test runner. */
export function roundcubeInstalled() {
  return [PHP_CGI, LIGHTTPD, DOVECOT, `${ROUNDCUBE_PUBLIC}/index.php`].every((f) => fs.existsSync(f));
}

// `node test/roundcube/harness.mjs` starts it and keeps it running until Ctrl-C (for poking at it).
if (import.meta.url === `file://${process.argv[1]}`) {
  const rc = await startRoundcube();
  console.log(`Roundcube at ${rc.url} (user ${rc.user} / ${rc.password}), started in ${rc.startMs} ms; dir ${rc.dir}`);
  const done = async () => {
    await rc.stop();
    process.exit(0);
  };
  process.on('SIGINT', done);
  process.on('SIGTERM', done);
}
