// The private lighttpd config: Roundcube's public_html at /roundcube, PHP through the harness's
// own php-cgi sockets.
import { ROUNDCUBE_PUBLIC } from './install-paths.mjs';

/** Where Roundcube answers on the harness's HTTP port. */
export const URL_PATH = '/roundcube/';

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

export function lighttpdConf({ dir, port, sockets }) {
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
