// The tails of every log of an instance (daemons' *.out and logs, Roundcube's own), for error
// messages and rc.logs().
import fs from 'node:fs';
import path from 'node:path';

function tail(file, n = 40) {
  try {
    const lines = fs.readFileSync(file, 'utf8').split('\n');
    return lines.slice(-n).join('\n');
  } catch {
    return '(no log)';
  }
}

function logFiles(dir) {
  return fs.existsSync(path.join(dir, 'logs'))
    ? [
        ...fs.readdirSync(path.join(dir, 'logs')).map((f) => path.join(dir, 'logs', f)),
        ...(fs.existsSync(path.join(dir, 'rc/logs'))
          ? fs.readdirSync(path.join(dir, 'rc/logs')).map((f) => path.join(dir, 'rc/logs', f))
          : []),
      ]
    : [];
}

export function collectLogs(dir) {
  return logFiles(dir)
    .map((f) => `==> ${f} <==\n${tail(f)}`)
    .join('\n');
}
