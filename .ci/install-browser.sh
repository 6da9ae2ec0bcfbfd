#!/usr/bin/env bash
# Install the headless Chromium the browser tests drive (tests/browser), from Debian's packages.
# Idempotent: does nothing when /usr/bin/chromium already exists. Also installs CJK fonts so the
# report screenshot (bench/out/report.png) shows Chinese and Japanese text instead of boxes.
set -euo pipefail

if [ -x /usr/bin/chromium ]; then
  echo "install-browser: /usr/bin/chromium is already there ($(/usr/bin/chromium --version 2>/dev/null || echo 'version unknown'))"
  exit 0
fi

sudo=""
if [ "$(id -u)" != 0 ]; then
  if command -v sudo >/dev/null; then sudo="sudo"; else
    echo "install-browser: need root (or sudo) to apt-get install chromium" >&2
    exit 1
  fi
fi

export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq chromium >/dev/null
$sudo apt-get install -y -qq --no-install-recommends fonts-noto-cjk >/dev/null || echo "install-browser: no CJK fonts (screenshots will show boxes for CJK text)"
echo "install-browser: installed $(/usr/bin/chromium --version 2>/dev/null || echo chromium)"
