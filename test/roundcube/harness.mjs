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
// This file is the public entry; each job lives in its own module (see README.md).
import { startRoundcube } from './start-roundcube.mjs';

export { startRoundcube } from './start-roundcube.mjs';
export { login, openMessage, openPreview } from './page-helpers.mjs';
export { seededMessages } from './seed-messages.mjs';
export { roundcubeInstalled } from './install-paths.mjs';

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
  // The daemons and the watchdog are unref'd (so tests exit on their own): hold the process open.
  setInterval(() => {}, 1 << 30);
}
