#!/bin/sh
# The two commands of the README, from a machine with only Node.js 20:
#   npm start   installs what is needed, builds, and starts the server on SQLite with the demo page
#   npm test    installs what is needed (pnpm, dependencies, Debian's chromium), builds, runs every test
# .ci/run calls `npm test`.
set -eu
cd "$(dirname "$0")/.."
command="${1:-}"

say() { printf '\033[1m[aftercare]\033[0m %s\n' "$*"; }

ensure_pnpm() {
  if ! command -v pnpm >/dev/null 2>&1; then
    say "installing pnpm (npm i -g pnpm)"
    npm install --global pnpm >/dev/null
  fi
}

ensure_dependencies() {
  # better-sqlite3 compiles from source; point node-gyp at the installed Node headers when present.
  if [ -z "${npm_config_nodedir:-}" ] && [ -f /usr/include/node/node.h ]; then
    export npm_config_nodedir=/usr
  fi
  say "installing dependencies (pnpm install)"
  pnpm install --frozen-lockfile
}

ensure_chromium() {
  if [ -x /usr/bin/chromium ]; then return; fi
  if command -v apt-get >/dev/null 2>&1; then
    say "installing Debian's chromium for the browser tests"
    SUDO=""
    [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
  else
    say "install Chromium at /usr/bin/chromium to run the browser tests" >&2
    exit 1
  fi
}

case "$command" in
  start)
    ensure_pnpm
    ensure_dependencies
    say "building"
    pnpm run build
    mkdir -p .data
    exec node packages/server/dist/cli.js serve --demo \
      --database "${AFTERCARE_DATABASE:-.data/aftercare.sqlite}" --port "${AFTERCARE_PORT:-8787}"
    ;;
  test)
    ensure_pnpm
    ensure_dependencies
    ensure_chromium
    say "building"
    pnpm run build
    say "type-checking"
    pnpm run typecheck
    say "testing"
    pnpm run test:only
    say "all tests passed"
    ;;
  *)
    echo "usage: sh scripts/run.sh start|test" >&2
    exit 2
    ;;
esac
