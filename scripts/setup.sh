#!/bin/sh
# Installs what PLG Board needs to build and run: pnpm 12.4.2 (via npm) and the workspace's
# packages. Idempotent and quiet when everything is already there.
set -eu
cd "$(dirname "$0")/.."

if [ "$(pnpm --version 2>/dev/null || true)" != "12.4.2" ]; then
  echo "» Installing pnpm 12.4.2 (npm i -g)…"
  npm i -g -E pnpm@12.4.2 >/dev/null 2>&1 || npm i -g -E pnpm@12.4.2
fi

# better-sqlite3 compiles from source here; node-gyp must use the headers already on the machine.
if [ -z "${npm_config_nodedir:-}" ]; then
  for dir in /usr /usr/local "$(dirname "$(dirname "$(command -v node)")")"; do
    if [ -f "$dir/include/node/node.h" ]; then export npm_config_nodedir="$dir"; break; fi
  done
fi

echo "» Installing packages (pnpm install --frozen-lockfile)…"
CI=true pnpm install --frozen-lockfile --reporter=silent
