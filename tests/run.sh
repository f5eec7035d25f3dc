#!/usr/bin/env bash
# The README's test command: runs every test project of ObiDossier.sln and leaves one TRX per
# project in $OBIDOSSIER_TEST_RESULTS (default: ./TestResults). Exit code is dotnet test's.
#
# The integration tests also run on PostgreSQL. Unless OBIDOSSIER_TEST_POSTGRES already names a
# server, this starts a throwaway cluster in a temp folder on a loopback port (installing Debian's
# postgresql package first when running as root and it is missing), exports
# OBIDOSSIER_TEST_POSTGRES for the tests, and stops and removes the cluster on exit. Without
# PostgreSQL the tests that need it are skipped with the reason, or fail when CI=true.
set -uo pipefail
cd "$(dirname "$0")/.."

results="${OBIDOSSIER_TEST_RESULTS:-$PWD/TestResults}"
mkdir -p "$results"
# The UI tests keep their screenshots under $OBIDOSSIER_TEST_RESULTS/screenshots.
export OBIDOSSIER_TEST_RESULTS="$results"

# The browser tests drive Debian's Chromium (never `playwright install`: it downloads a browser).
if [ ! -x /usr/bin/chromium ] && [ -z "${OBIDOSSIER_CHROMIUM:-}" ]; then
  if [ "$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq chromium >/dev/null; else sudo apt-get install -y -qq chromium >/dev/null; fi
fi

# The formal-report tests render the report's first page with poppler's pdftoppm.
if ! command -v pdftoppm >/dev/null; then
  if [ "$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq poppler-utils >/dev/null; else sudo apt-get install -y -qq poppler-utils >/dev/null; fi
fi

pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

# Runs a PostgreSQL tool; as root through the postgres user, because pg_ctl refuses to run as root.
as_pg() { if [ "$(id -u)" -eq 0 ]; then su postgres -c "$*"; else sh -c "$*"; fi; }

pg_dir=""
stop_postgres() {
  if [ -n "$pg_dir" ] && [ -d "$pg_dir" ]; then
    as_pg "'$(pg_bin)/pg_ctl' -D '$pg_dir/data' -m immediate stop" >/dev/null 2>&1
    rm -rf "$pg_dir"
  fi
}

start_postgres() {
  if [ -z "$(pg_bin)" ] && [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
    echo "Installing PostgreSQL for the integration tests (apt-get)..."
    { apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y postgresql; } >/dev/null 2>&1 \
      || echo "apt-get could not install postgresql." >&2
  fi
  local bin; bin="$(pg_bin)"
  if [ -z "$bin" ]; then
    echo "No PostgreSQL found: the PostgreSQL tests are skipped (and fail when CI=true)." >&2
    return 0
  fi
  pg_dir="$(mktemp -d -t obidossier-pg-XXXXXX)"
  chmod 777 "$pg_dir"
  trap stop_postgres EXIT
  trap "exit 130" INT TERM
  as_pg "'$bin/initdb' -D '$pg_dir/data' -A trust -U postgres --no-sync" >"$pg_dir/initdb.log" 2>&1 \
    || { cat "$pg_dir/initdb.log" >&2; return 1; }
  # A throwaway cluster: durability off for speed; room for the hosts the tests run side by side.
  local port
  for port in $(seq 55433 55463); do
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && continue   # taken
    if as_pg "'$bin/pg_ctl' -D '$pg_dir/data' -w -t 30 -l '$pg_dir/log' -o \"-p $port -k $pg_dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=400\" start" >/dev/null 2>&1; then
      export OBIDOSSIER_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres"
      echo "PostgreSQL for the tests: $OBIDOSSIER_TEST_POSTGRES ($("$bin/postgres" --version))"
      return 0
    fi
  done
  cat "$pg_dir/log" >&2
  return 1
}

if [ -z "${OBIDOSSIER_TEST_POSTGRES:-}" ]; then
  start_postgres || echo "PostgreSQL did not start: the PostgreSQL tests are skipped (and fail when CI=true)." >&2
fi

dotnet build ObiDossier.sln -c Release --nologo -clp:ErrorsOnly || exit $?
dotnet test ObiDossier.sln -c Release --no-build --nologo \
  --logger "trx" --logger "console;verbosity=minimal" \
  --results-directory "$results"
