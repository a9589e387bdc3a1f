// The harness's daemons as one group bound to its temp dir: each runs detached in its own process
// group (so it can be ended with its children), and stop() ends them all and removes the dir.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { sleep } from './wait.mjs';

const isRunning = (c) => c.exitCode === null && c.signalCode === null;

/**
 * A watchdog shell that outlives this process if it is killed hard (SIGKILL, a test runner's
 * teardown): when its stdin closes without the word "done", it ends the daemons (by their
 * process groups, sent to it one per line) and removes the temp dir.
 */
function startWatchdog(dir) {
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
  return watchdog;
}

/**
 * @param {string} dir the instance's temp dir; daemons run there and log to <dir>/logs/<name>.out
 * @returns {{ spawnDaemon: (name: string, cmd: string, args: string[], env?: Record<string, string>) => () => boolean,
 *   stop: () => Promise<void> }} spawnDaemon returns an "is it still running" check.
 */
export function createDaemonGroup(dir) {
  const children = [];
  let stopped = false;
  const killAll = (signal) => {
    for (const c of children) {
      if (isRunning(c)) {
        try {
          process.kill(-c.pid, signal); // its whole process group: php-cgi / dovecot children
        } catch {
          /* already gone */
        }
      }
    }
  };
  // A process.exit without stop() still ends the daemons and removes the dir.
  const onExit = () => {
    killAll('SIGKILL');
    try {
      fs.rmSync(dir, { recursive: true, force: true });
    } catch {
      /* ignore */
    }
  };
  process.on('exit', onExit);
  const watchdog = startWatchdog(dir);

  const stop = async () => {
    if (stopped) return;
    stopped = true;
    // SIGTERM to each daemon itself (not its group), so that dovecot's master can stop and reap
    // its service processes (that takes it ~1 s). Whatever is left after 5 s is killed by group.
    for (const c of children) {
      if (isRunning(c)) {
        try {
          process.kill(c.pid, 'SIGTERM');
        } catch {
          /* gone */
        }
      }
    }
    const until = Date.now() + 5000;
    while (children.some(isRunning) && Date.now() < until) {
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
    return () => isRunning(child);
  };

  return { spawnDaemon, stop };
}
