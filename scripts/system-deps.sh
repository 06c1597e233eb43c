#!/bin/sh
# Debian packages the tests use for real: headless Chromium (web tests) and
# PostgreSQL with PostGIS (shared-store tests). Installed once; tests that need
# them skip with a clear message where this could not install them.
need=""
command -v chromium >/dev/null 2>&1 || need="$need chromium"
[ -x /usr/lib/postgresql/15/bin/postgres ] || need="$need postgresql-15"
[ -f /usr/share/postgresql/15/extension/postgis.control ] || need="$need postgresql-15-postgis-3"
[ -z "$need" ] && exit 0
if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "system-deps: cannot install$need here (needs root and apt-get); the tests that need them will be skipped" >&2
  exit 0
fi
echo "system-deps: installing$need"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null 2>&1 || true
apt-get install -y -qq --no-install-recommends $need >/dev/null 2>&1 \
  || echo "system-deps: apt-get install$need failed; the tests that need them will be skipped" >&2
exit 0
