#!/usr/bin/env bash
# Installs a real Roundcube 1.6 webmail stack from Debian packages, non-interactively,
# for the end-to-end tests (see README.md here). Idempotent: a fast no-op when installed.
# Nothing is started as a service: test/roundcube/harness.mjs runs each daemon itself.
set -euo pipefail

PKGS=(roundcube roundcube-core roundcube-sqlite3 roundcube-plugins dovecot-imapd lighttpd php8.2-cgi)

missing=()
for p in "${PKGS[@]}"; do
  status="$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null || true)"
  [ "$status" = "installed" ] || missing+=("$p")
done
if [ "${#missing[@]}" -eq 0 ]; then
  echo "roundcube harness: packages already installed"
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  echo "roundcube harness: need root to install: ${missing[*]}" >&2
  exit 1
fi

export DEBIAN_FRONTEND=noninteractive
export DEBCONF_NONINTERACTIVE_SEEN=true

debconf-set-selections <<'SEL'
roundcube-core roundcube/dbconfig-install boolean true
roundcube-core roundcube/database-type select sqlite3
roundcube-core roundcube/hosts string 127.0.0.1:143
roundcube-core roundcube/language select en_US
roundcube-core roundcube/reconfigure-webserver multiselect
roundcube-core roundcube/restart-webserver boolean false
roundcube-core roundcube/dbconfig-upgrade boolean true
roundcube-core roundcube/dbconfig-remove boolean false
roundcube-core roundcube/db/app-user string roundcube
roundcube-core roundcube/db/dbname string roundcube
roundcube-core roundcube/db/basepath string /var/lib/dbconfig-common/sqlite3/roundcube
SEL

# Keep maintainer scripts from starting dovecot/lighttpd as services (exit 101 = "not allowed").
# An existing policy-rc.d (e.g. a container's) is left as it is.
policy=/usr/sbin/policy-rc.d
own_policy=0
if [ ! -e "$policy" ]; then
  printf '#!/bin/sh\nexit 101\n' > "$policy"
  chmod 755 "$policy"
  own_policy=1
fi
cleanup() { if [ "$own_policy" = 1 ]; then rm -f "$policy"; fi; }
trap cleanup EXIT

apt_install() {
  apt-get install -y -q --no-install-recommends \
    -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold "$@"
}

# apt-get update only when the package lists do not know a package yet.
need_update=0
for p in "${missing[@]}"; do
  cand="$(apt-cache policy "$p" 2>/dev/null | awk '/Candidate:/ {print $2}')"
  if [ -z "$cand" ] || [ "$cand" = "(none)" ]; then need_update=1; fi
done
if [ "$need_update" = 1 ]; then
  apt-get update -q
fi

if ! apt_install "${missing[@]}"; then
  # Stale lists (a 404 on a superseded version): refresh once and retry.
  apt-get update -q
  apt_install "${missing[@]}"
fi

echo "roundcube harness: installed ${missing[*]}"
