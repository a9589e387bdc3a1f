// The private Dovecot config (IMAP only, plaintext auth on 127.0.0.1, Maildir) and its
// passwd-file with the one test user.
import fs from 'node:fs';
import os from 'node:os';
import { IS_ROOT, MAIL_GID, MAIL_UID } from './mail-owner.mjs';

function groupName(gid) {
  try {
    const line = fs
      .readFileSync('/etc/group', 'utf8')
      .split('\n')
      .find((l) => l.split(':')[2] === String(gid));
    if (line) return line.split(':')[0];
  } catch {
    /* fall through */
  }
  return String(gid);
}

export function dovecotConf({ dir, port }) {
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

/** The passwd-file line of the test user, whose home (with ~/Maildir) is <dir>/mail. */
export function dovecotUsers({ dir, user, password }) {
  return `${user}:{PLAIN}${password}:${MAIL_UID}:${MAIL_GID}::${dir}/mail::\n`;
}
