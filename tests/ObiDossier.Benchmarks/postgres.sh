#!/usr/bin/env bash
# A throwaway PostgreSQL cluster on a loopback port for the PostgreSQL benchmarks (README, Benchmarks).
#   tests/ObiDossier.Benchmarks/postgres.sh start [PORT]   prints the --connection value
#   tests/ObiDossier.Benchmarks/postgres.sh stop [PORT]    stops it and deletes its folder
# Needs Debian's postgresql package (pgbench comes with it); pg_ctl refuses root, so it runs as postgres.
set -euo pipefail
port="${2:-55433}"
bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
dir="/tmp/obidossier-bench-pg-$port"
case "${1:-}" in
  start)
    rm -rf "$dir"; mkdir -p "$dir"; chmod 777 "$dir"
    su postgres -c "$bin/initdb -D $dir/data -A trust -U postgres" >/dev/null
    # Durable commits as in production (fsync, synchronous_commit on); sized for a 2-core machine.
    su postgres -c "$bin/pg_ctl -D $dir/data -w -l $dir/log -o '-p $port -k $dir -c listen_addresses=127.0.0.1 -c max_connections=200 -c shared_buffers=512MB' start" >/dev/null
    echo "Host=127.0.0.1;Port=$port;Username=postgres"
    ;;
  stop)
    su postgres -c "$bin/pg_ctl -D $dir/data -m immediate stop" >/dev/null || true
    rm -rf "$dir"
    ;;
  *) echo "usage: $0 start|stop [PORT]" >&2; exit 2 ;;
esac
