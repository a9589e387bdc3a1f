#!/usr/bin/env bash
# Proves README's promise that a fresh Debian machine needs nothing but Node and npm:
# builds a new Debian bookworm root with debootstrap, copies in only this machine's Node.js and
# npm, clones the repository and runs `npm ci && CI=1 npm start` inside it (then, with --test,
# `npm ci && npm test`). Not part of `npm test`: it takes minutes, root and the network.
#
#   sudo bash test/tools/fresh-machine.sh [--branch B] [--repo DIR] [--root DIR] [--test] [--no-start] [--keep]
#
# --root DIR reuses a root made before (no new debootstrap); --keep leaves it in place afterwards
# (otherwise only its logs and screenshots are kept, in DIR.results).
#
# The Debian mirror is the one this machine's apt already uses (/etc/apt/sources.list*, or
# FRESH_MIRROR); the npm registry is whatever npm here is configured with. Nothing else of this
# machine goes in except the network settings a machine here needs to reach those two: the DNS
# resolver and the CA bundle npm and Node trust. Logs: <root>/fresh-*.log, npm start's screenshots:
# <root>/fresh-demo/.
set -euo pipefail

say() { printf '\n=== fresh machine: %s ===\n' "$*"; }
die() {
  printf 'fresh machine: %s\n' "$*" >&2
  exit 1
}

repo="$(git -C "$(dirname "$0")" rev-parse --show-toplevel)"
branch="$(git -C "$repo" rev-parse --abbrev-ref HEAD)"
root=""
run_tests=0
run_start=1
keep=0
while [ $# -gt 0 ]; do
  case "$1" in
    --branch) branch="$2"; shift 2 ;;
    --repo) repo="$2"; shift 2 ;;
    --root) root="$2"; shift 2 ;;
    --test) run_tests=1; shift ;;
    --no-start) run_start=0; shift ;;
    --keep) keep=1; shift ;;
    *) die "unknown argument: $1" ;;
  esac
done

[ "$(id -u)" -eq 0 ] || die 'needs root (debootstrap, chroot and mounts).'
command -v node >/dev/null || die 'needs Node.js on this machine to copy in.'

if ! command -v debootstrap >/dev/null; then
  say 'installing debootstrap'
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q debootstrap ||
    { apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q debootstrap; }
fi

# The first Debian archive (not security, not a third party's) this machine's apt reads,
# in either the one-line or the deb822 format.
debian_mirror() {
  local f
  for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
    [ -f "$f" ] || continue
    awk '$1 == "deb" && $3 ~ /^bookworm$/ { for (i = 2; i <= NF; i++) if ($i ~ /^[a-z]+:\/\//) { print $i; exit } }' "$f"
  done
  for f in /etc/apt/sources.list.d/*.sources; do
    [ -f "$f" ] || continue
    awk 'BEGIN { RS = ""; FS = "\n" }
      /(^|\n)Suites:[^\n]*(^| )bookworm( |\n|$)/ && !/(^|\n)Enabled: *no/ {
        for (i = 1; i <= NF; i++) if ($i ~ /^URIs:/) { split($i, a, /[ \t]+/); print a[2]; exit }
      }' "$f"
  done
}
mirror="${FRESH_MIRROR:-$(debian_mirror | head -n 1)}"
[ -n "$mirror" ] || die 'no Debian bookworm mirror in /etc/apt/sources.list*; set FRESH_MIRROR.'

[ -n "$root" ] || root="$(mktemp -d "${TMPDIR:-/var/tmp}/keyside-fresh.XXXXXX")"
mkdir -p "$root"
root="$(cd "$root" && pwd)"
echo "root: $root  mirror: $mirror  repo: $repo  branch: $branch"

mounted=()
cleanup() {
  local i
  for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do umount -R -l "${mounted[$i]}" 2>/dev/null || true; done
  if [ "$keep" = 0 ] && [ -n "${root:-}" ] && [ -d "$root" ]; then
    # Keep the logs and the screenshots; drop the rest of the machine.
    mkdir -p "$root.results"
    cp "$root"/fresh-*.log "$root.results/" 2>/dev/null || true
    cp -r "$root/fresh-demo" "$root.results/demo" 2>/dev/null || true
    rm -rf --one-file-system "$root"
    echo "logs and screenshots kept in $root.results"
  fi
}
trap cleanup EXIT

if [ ! -x "$root/usr/bin/apt-get" ]; then
  say "debootstrap bookworm (minbase)"
  debootstrap --variant=minbase bookworm "$root" "$mirror" >"$root.debootstrap.log" 2>&1 ||
    { tail -n 30 "$root.debootstrap.log"; die 'debootstrap failed'; }
  mv "$root.debootstrap.log" "$root/fresh-debootstrap.log"
fi

# The same Debian suites this machine uses (a fresh install has updates and security too), in
# place of debootstrap's one line, which would name the main suite twice.
copied=0
for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.sources /etc/apt/sources.list.d/*.list; do
  [ -f "$f" ] || continue
  if grep -Eq '/debian(-security)?/?([[:space:]]|$)' "$f"; then
    mkdir -p "$root$(dirname "$f")"
    [ "$copied" = 1 ] || rm -f "$root/etc/apt/sources.list"
    cp "$f" "$root$f"
    copied=1
  fi
done

say 'copying in Node.js and npm'
node_bin="$(readlink -f "$(command -v node)")"
prefix="$(dirname "$(dirname "$node_bin")")"
npm_dir="$prefix/lib/node_modules/npm"
[ -d "$npm_dir" ] || die "npm not found at $npm_dir"
mkdir -p "$root$prefix/bin" "$root$prefix/lib/node_modules"
cp "$node_bin" "$root$prefix/bin/node"
rm -rf "$root$npm_dir"
cp -a "$npm_dir" "$root$npm_dir"
ln -sf ../lib/node_modules/npm/bin/npm-cli.js "$root$prefix/bin/npm"
ln -sf ../lib/node_modules/npm/bin/npx-cli.js "$root$prefix/bin/npx"
# npm's own global config (registry, CA) belongs to the npm installation.
if [ -f "$prefix/etc/npmrc" ]; then
  mkdir -p "$root$prefix/etc"
  cp "$prefix/etc/npmrc" "$root$prefix/etc/npmrc"
fi

say 'network: DNS and the CA bundle this network needs'
cp -L /etc/resolv.conf "$root/etc/resolv.conf"
registry="$(npm config get registry)"
ca_env=()
ca_src="${NODE_EXTRA_CA_CERTS:-$(npm config get cafile 2>/dev/null || true)}"
if [ -n "$ca_src" ] && [ "$ca_src" != null ] && [ "$ca_src" != undefined ] && [ -f "$ca_src" ]; then
  # Kept apart from /etc/ssl: Debian's ca-certificates rewrites that bundle when a package installs it.
  cp -L "$ca_src" "$root/etc/host-network-ca.pem"
  ca_env=(NODE_EXTRA_CA_CERTS=/etc/host-network-ca.pem npm_config_cafile=/etc/host-network-ca.pem)
fi

say "cloning $branch"
rm -rf "$root/root/keyside"
git clone -q --branch "$branch" --single-branch "$repo" "$root/root/keyside"
git -C "$root/root/keyside" log -1 --format='commit %h %s'

for m in proc sys dev; do mkdir -p "$root/$m"; done
mount -t proc proc "$root/proc" && mounted+=("$root/proc")
mount --rbind /sys "$root/sys" && mount --make-rslave "$root/sys" && mounted+=("$root/sys")
mount --rbind /dev "$root/dev" && mount --make-rslave "$root/dev" && mounted+=("$root/dev")

# A clean login environment: no variable of this machine leaks in except the registry and CA.
in_root() {
  chroot "$root" /usr/bin/env -i HOME=/root USER=root LOGNAME=root TERM=dumb LANG=C.UTF-8 \
    PATH="$prefix/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin" \
    npm_config_registry="$registry" npm_config_update_notifier=false "${ca_env[@]}" \
    /bin/bash -c "cd /root/keyside && $1"
}

status=0
if [ "$run_start" = 1 ]; then
  say 'npm ci && CI=1 npm start'
  in_root 'npm ci && CI=1 npm start' 2>&1 | tee "$root/fresh-start.log" || status=$?
  [ "$status" = 0 ] || die "npm start failed (exit $status); log: $root/fresh-start.log"
  shots=("$root"/root/keyside/.output/demo/*.png)
  [ -f "${shots[0]}" ] || die 'npm start wrote no screenshots to .output/demo'
  echo "npm start: OK, ${#shots[@]} screenshots:"
  ls -l "$root/root/keyside/.output/demo"
  # Kept beside the logs: a later run on the same root clones the repository afresh.
  rm -rf "$root/fresh-demo" && cp -r "$root/root/keyside/.output/demo" "$root/fresh-demo"
fi

if [ "$run_tests" = 1 ]; then
  say 'npm ci && npm test'
  in_root 'rm -rf node_modules .output && npm ci && npm test' 2>&1 | tee "$root/fresh-test.log" || status=$?
  [ "$status" = 0 ] || die "npm test failed (exit $status); log: $root/fresh-test.log"
  echo 'npm test: OK'
fi
