#!/bin/sh
# One command for every test on a fresh clone: installs what is missing (pnpm, packages,
# Debian's Chromium and poppler-utils when root), then lint, typecheck, unit and integration
# tests, and the end-to-end tests against the built app on the real server.
set -eu
cd "$(dirname "$0")/.."
sh scripts/setup.sh
sh scripts/test-deps.sh
exec pnpm test
