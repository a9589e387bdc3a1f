// Starts one private instance: Dovecot with the seeded Maildir, php-cgi FastCGI servers and
// lighttpd serving Roundcube, all in a fresh temp dir on free 127.0.0.1 ports.
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createDaemonGroup } from './daemons.mjs';
import { dovecotConf, dovecotUsers } from './dovecot-config.mjs';
import { DOVECOT, LIGHTTPD, PHP_CGI, ROUNDCUBE_ETC, missingInstallFile } from './install-paths.mjs';
import { lighttpdConf, URL_PATH } from './lighttpd-config.mjs';
import { collectLogs } from './logs.mjs';
import { chownR, IS_ROOT, MAIL_GID, MAIL_UID } from './mail-owner.mjs';
import { freePort, portIsFree } from './ports.mjs';
import { roundcubeConf } from './roundcube-config.mjs';
import { writeMaildir } from './seed-maildir.mjs';
import { MAIL_PASSWORD, MAIL_USER, seededMessages } from './seed-messages.mjs';
import { waitForImap, waitForLoginPage, waitForSockets } from './wait.mjs';

// Roundcube fires a few requests at once (list, preview, keep-alive): one php-cgi for each.
const PHP_PROCS = 4;

/**
 * Start Dovecot and Roundcube (lighttpd + php8.2-cgi) on 127.0.0.1.
 * @param {{ port?: number, imapPort?: number, timeoutMs?: number }} [opts]
 *   port: HTTP port (default: a free one); imapPort: IMAP port (default: a free one).
 * @returns {Promise<{ url: string, origin: string, user: string, password: string,
 *   httpPort: number, imapPort: number, dir: string, messages: typeof seededMessages,
 *   logs: () => string, stop: () => Promise<void> }>}
 */
export async function startRoundcube({ port, imapPort, timeoutMs = 30000 } = {}) {
  const missing = missingInstallFile();
  if (missing) {
    throw new Error(`Roundcube harness: ${missing} is missing; run test/roundcube/install.sh as root first`);
  }
  const started = Date.now();
  const deadline = started + timeoutMs;
  const dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'keyside-rc-'));
  await fsp.chmod(dir, 0o711); // dovecot's mail process (uid nobody) must reach its home

  const { spawnDaemon, stop } = createDaemonGroup(dir);
  const logs = () => collectLogs(dir);

  try {
    for (const d of [
      'logs',
      'www',
      'lighttpd-uploads',
      'dovecot/run',
      'dovecot/state',
      'rc/config',
      'rc/temp',
      'rc/logs',
      'mail',
    ]) {
      await fsp.mkdir(path.join(dir, d), { recursive: true });
    }
    const httpPort = port ?? (await freePort());
    let imap = imapPort ?? (await freePort());
    if (imap === httpPort) imap = await freePort();
    if (!(await portIsFree(httpPort))) throw new Error(`port ${httpPort} is in use`);

    // --- mail store + dovecot
    await writeMaildir(path.join(dir, 'mail', 'Maildir'));
    if (IS_ROOT) chownR(path.join(dir, 'mail'), MAIL_UID, MAIL_GID);
    await fsp.writeFile(path.join(dir, 'dovecot', 'users'), dovecotUsers({ dir, user: MAIL_USER, password: MAIL_PASSWORD }), {
      mode: 0o644,
    });
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
    await waitForSockets(sockets, deadline, phpAlive);
    const lighttpdAlive = spawnDaemon('lighttpd', LIGHTTPD, ['-D', '-f', conf]);

    const origin = `http://127.0.0.1:${httpPort}`;
    const url = `${origin}${URL_PATH}`;
    await waitForImap(imap, deadline, dovecotAlive);
    await waitForLoginPage(url, deadline, lighttpdAlive);

    return {
      url,
      origin,
      user: MAIL_USER,
      password: MAIL_PASSWORD,
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
