#!/usr/bin/env bash
# One entry point for a fresh machine: installs what the project needs, then runs `npm run <task>`.
#   bash scripts/run.sh build   构建网站、搜索索引和全部 PDF 读本 → dist/
#   bash scripts/run.sh test    运行全部测试
set -euo pipefail
cd "$(dirname "$0")/.."
task="${1:-build}"; shift || true

. .ci/node24.sh

# Debian packages: Chromium for browser tests, poppler and MuPDF for reading PDFs, CJK fonts so Chromium can draw Chinese.
missing=()
command -v chromium >/dev/null || missing+=(chromium)
command -v pdftotext >/dev/null || missing+=(poppler-utils)
# MuPDF's mutool: a second, independent PDF reader the reader tests check text extraction and sizes with.
command -v mutool >/dev/null || missing+=(mupdf-tools)
fc-list 2>/dev/null | grep -qi 'Noto Sans CJK' || missing+=(fonts-noto-cjk)
# nginx runs deploy/nginx.conf in tests/deploy (with the brotli_static module).
[ -x /usr/sbin/nginx ] || missing+=(nginx-light)
[ -f /usr/lib/nginx/modules/ngx_http_brotli_static_module.so ] || missing+=(libnginx-mod-http-brotli-static)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then sudo=""; else sudo="sudo"; fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# Reinstall node_modules only when the lock file changed since the last install.
stamp=node_modules/.package-lock.sha
want=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  npm ci --no-audit --no-fund
  echo "$want" > "$stamp"
fi

npm run "$task" -- "$@"
