// Who owns the mail files. As root, they belong to a fixed unprivileged uid (Dovecot refuses
// mail access as root) and Dovecot's own processes use Debian's dovecot/dovenull users. Without
// root, everything runs as the current user (Dovecot's "rootless" mode).
import fs from 'node:fs';
import path from 'node:path';

export const IS_ROOT = typeof process.getuid === 'function' && process.getuid() === 0;
export const MAIL_UID = IS_ROOT ? 65534 : process.getuid(); // nobody
export const MAIL_GID = IS_ROOT ? 65534 : process.getgid(); // nogroup

export function chownR(p, uid, gid) {
  fs.chownSync(p, uid, gid);
  if (fs.statSync(p).isDirectory()) for (const e of fs.readdirSync(p)) chownR(path.join(p, e), uid, gid);
}
