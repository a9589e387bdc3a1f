// Waiting until the daemons answer, failing early when one of them has exited.
import fs from 'node:fs';
import net from 'node:net';

export function sleep(ms) {
  return new Promise((r) => setTimeout(r, ms));
}

/** Wait for the IMAP greeting. */
export async function waitForImap(port, deadline, alive) {
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

export async function waitForLoginPage(url, deadline, alive) {
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

/** Wait until every php-cgi has created its FastCGI socket. */
export async function waitForSockets(sockets, deadline, alive) {
  for (;;) {
    if (sockets.every((s) => fs.existsSync(s))) return;
    if (!alive.every((a) => a())) throw new Error('php-cgi exited');
    if (Date.now() > deadline) throw new Error('php-cgi did not create its socket');
    await sleep(10);
  }
}
