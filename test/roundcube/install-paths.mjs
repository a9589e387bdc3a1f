// Where Debian's packages (test/roundcube/install.sh) put what the harness runs.
import fs from 'node:fs';

export const ROUNDCUBE_PUBLIC = '/var/lib/roundcube/public_html';
export const ROUNDCUBE_ETC = '/etc/roundcube';
export const PHP_CGI = '/usr/bin/php-cgi8.2';
export const LIGHTTPD = '/usr/sbin/lighttpd';
export const DOVECOT = '/usr/sbin/dovecot';

const REQUIRED = [PHP_CGI, LIGHTTPD, DOVECOT, `${ROUNDCUBE_PUBLIC}/index.php`];

/** The first required file that is missing, or undefined when all are installed. */
export function missingInstallFile() {
  return REQUIRED.find((f) => !fs.existsSync(f));
}

/** Where the harness expects the packages; for a pre-flight check in a test runner. */
export function roundcubeInstalled() {
  return missingInstallFile() === undefined;
}
