#!/bin/sh
# Installs what the end-to-end test needs: a real VS Code (code-server 4.100.3 = VS Code 1.100.3,
# server + web workbench, from the npm registry) and playwright-core, into a cache folder
# (default: <repo>/.e2e, ignored by git; override with E2E_DIR), plus Debian's chromium.
# Follows shared/e2e/install-code-server.sh. Idempotent: a second run only checks.
#   sh test/e2e/setup.sh            then   npm run test:e2e
set -eu
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
DEST=${E2E_DIR:-$ROOT/.e2e}
CS_VERSION=4.100.3

# Debian packages: a C toolchain and python3 (node-gyp for argon2, node-pty, kerberos), libkrb5-dev
# (kerberos), ripgrep (seeds @vscode/ripgrep's download cache), chromium (the browser we drive).
missing=""
for p in build-essential python3 libkrb5-dev ripgrep chromium; do
  dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"
done
if [ -n "$missing" ]; then
  echo "setup: installing Debian packages:$missing"
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $missing >/dev/null
fi

if [ -x "$DEST/node_modules/.bin/code-server" ] && [ -d "$DEST/node_modules/playwright-core" ] \
  && grep -q "\"version\": \"$CS_VERSION\"" "$DEST/node_modules/code-server/package.json" 2>/dev/null; then
  echo "setup: code-server $CS_VERSION and playwright-core already in $DEST"
  exit 0
fi

mkdir -p "$DEST/tmp"
# @vscode/ripgrep's postinstall downloads rg from GitHub unless the asset is already in its cache
# ($TMPDIR/vscode-ripgrep-cache-<pkgver>/ripgrep-<rgver>-<target>.tar.gz): seed it with Debian's rg.
export TMPDIR="$DEST/tmp"
mkdir -p "$TMPDIR/vscode-ripgrep-cache-1.15.11"
tar czf "$TMPDIR/vscode-ripgrep-cache-1.15.11/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" -C /usr/bin rg
cd "$DEST"
[ -f package.json ] || echo '{ "name": "refscope-e2e-tools", "private": true }' > package.json
# unsafe_perm: code-server's postinstall refuses to run as root without it.
# yes=true: node-pty's postinstall runs `npx node-gyp`; an npmrc with yes=false cancels it.
# No --ignore-scripts: argon2's native module must build or code-server will not start.
npm_config_unsafe_perm=true npm_config_yes=true npm install --no-audit --no-fund --loglevel=error \
  "code-server@$CS_VERSION" playwright-core
echo "setup: code-server at $DEST/node_modules/.bin/code-server"
