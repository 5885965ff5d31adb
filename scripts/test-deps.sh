#!/bin/sh
# The system packages the tests need: Debian's Chromium (Playwright drives it), fonts for
# Dutch diacritics and emoji, and poppler-utils (pdftotext, pdftoppm). Installed when run as
# root; otherwise prints the exact command and fails.
set -eu
missing=""
command -v chromium >/dev/null 2>&1 || missing="$missing chromium"
command -v pdftotext >/dev/null 2>&1 || missing="$missing poppler-utils"
[ -f /usr/share/fonts/truetype/noto/NotoColorEmoji.ttf ] || missing="$missing fonts-noto-color-emoji"
[ -d /usr/share/fonts/truetype/noto ] && ls /usr/share/fonts/truetype/noto/NotoSans-Regular.ttf >/dev/null 2>&1 || missing="$missing fonts-noto-core"
[ -z "$missing" ] && exit 0

cmd="apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium fonts-noto-core fonts-noto-color-emoji fonts-liberation2 poppler-utils"
if [ "$(id -u)" = "0" ]; then
  echo "» Installing system packages for the tests:$missing"
  sh -c "$cmd" >/tmp/plg-apt.log 2>&1 || { cat /tmp/plg-apt.log; exit 1; }
else
  echo "The tests need these Debian packages:$missing"
  echo "Install them as root with:"
  echo "  sudo sh -c '$cmd'"
  exit 1
fi
