#!/bin/sh
# One command from a fresh clone to a running board: install, build, serve on the embedded store.
# Honours PORT, HOST, DATA_DIR, PUBLIC_URL, LOG_LEVEL.
set -eu
cd "$(dirname "$0")/.."
sh scripts/setup.sh
echo "» Building the client…"
pnpm build >/dev/null
exec pnpm --silent start
