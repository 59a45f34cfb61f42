#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests: loopback only, a free port, fsync off, trust
# authentication, everything under a temporary folder.
#   pgcluster.sh start STATE_DIR    initdb + start; writes STATE_DIR/{url,port,datadir}
#   pgcluster.sh kill STATE_DIR     stop at once, as a crash would (data kept)
#   pgcluster.sh resume STATE_DIR   start again on the same port
#   pgcluster.sh stop STATE_DIR     stop and delete everything
set -euo pipefail
action=${1:?start, kill, resume or stop}
state=${2:?state folder}
bin=$(find /usr/lib/postgresql -maxdepth 2 -name bin -type d 2>/dev/null | sort -V | tail -n 1)
if [ -z "$bin" ]; then
  echo "pgcluster: PostgreSQL is not installed (Debian package postgresql)" >&2
  exit 1
fi

# initdb refuses to run as root, so root runs the server as the postgres user.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

server_options() {
  # fsync off is safe against a killed server (the OS still has the data); synchronous_commit
  # stays on, or a commit acknowledged just before a kill would be lost.
  echo "-p $1 -k $2 -c listen_addresses=127.0.0.1 -c fsync=off" \
       "-c full_page_writes=off -c max_connections=200"
}

start_on() {
  local data=$1 port=$2
  as_owner "$bin/pg_ctl" -D "$data/data" -l "$data/server.log" -w -t 30 \
    -o "$(server_options "$port" "$data")" start >/dev/null
}

case "$action" in
start)
  "$0" stop "$state"
  mkdir -p "$state"
  data=$(mktemp -d /tmp/hourglass-pg.XXXXXX)
  chmod 755 "$data"
  [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$data"
  as_owner "$bin/initdb" -D "$data/data" -A trust -U postgres -E UTF8 --no-sync \
    >"$data/initdb.log" 2>&1
  for _ in $(seq 1 20); do
    port=$((20000 + RANDOM % 30000))
    if start_on "$data" "$port" 2>/dev/null; then
      echo "$data" >"$state/datadir"
      echo "$port" >"$state/port"
      echo "postgresql://postgres@127.0.0.1:$port/postgres" >"$state/url"
      echo "pgcluster: PostgreSQL on 127.0.0.1:$port ($data)"
      exit 0
    fi
  done
  echo "pgcluster: could not start PostgreSQL; see $data/server.log" >&2
  exit 1
  ;;
kill)
  data=$(cat "$state/datadir")
  as_owner "$bin/pg_ctl" -D "$data/data" -m immediate -w stop >/dev/null
  ;;
resume)
  start_on "$(cat "$state/datadir")" "$(cat "$state/port")"
  ;;
stop)
  [ -f "$state/datadir" ] || exit 0
  data=$(cat "$state/datadir")
  as_owner "$bin/pg_ctl" -D "$data/data" -m immediate -w stop >/dev/null 2>&1 || true
  rm -rf "$data"
  rm -f "$state/datadir" "$state/port" "$state/url"
  ;;
*)
  echo "pgcluster: unknown action $action" >&2
  exit 2
  ;;
esac
