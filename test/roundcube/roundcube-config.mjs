// Roundcube's private config.inc.php (read through ROUNDCUBE_CONFIG_DIR): sqlite in the temp
// dir, the harness's IMAP port, no SMTP, no plugins, deterministic display settings.
import { randomBytes } from 'node:crypto';

export function roundcubeConf({ dir, imapPort }) {
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
