#!/usr/bin/env bash
# A PostgreSQL hot standby of a running PostgreSQL server, made with `pg_basebackup -R` (streaming
# replication: PostgreSQL docs, "26.2 Log-Shipping Standby Servers" and "pg_basebackup").
# Idempotent: a standby that is already there, streams from this primary and is of its cluster is
# reused (started if stopped); any other is stopped, removed and made again. Returns once the
# standby has replayed everything the primary had written when the script asked it.
#
#   scripts/pg-replica.sh                         # standby on 127.0.0.1:5433 of 127.0.0.1:5432
#   scripts/pg-replica.sh --port 5435 --delay 3s  # a delayed standby (recovery_min_apply_delay)
#   scripts/pg-replica.sh --port 5433 --stop      # stop it (its directory stays, to be reused)
#
# Options (or the environment variable in brackets):
#   --primary-host H [PRIMARY_HOST, 127.0.0.1]  --primary-port P [PRIMARY_PORT, 5432]
#   --user U [REPLICA_USER, postgres]: a role with REPLICATION (a superuser has it)
#   --port P [REPLICA_PORT, 5433]   --delay D [REPLICA_DELAY, 0]: recovery_min_apply_delay
#   --dir D [REPLICA_DIR, /var/lib/postgresql/ydan-replica-PORT]   --bin B [PG_BIN, Debian's 15]
#   --hba F [REPLICA_HBA, the primary's own when it is a local file]: the standby's pg_hba.conf
# Authentication is libpq's: PGPASSWORD or ~/.pgpass work as for psql. When the primary refuses
# replication connections from this host and its pg_hba.conf is a local file this user may write,
# the script adds one `host replication` line for 127.0.0.1 with the file's own method for that
# address and reloads the primary (no restart). wal_level must be replica or logical and
# max_wal_senders above zero on the primary (both need a restart: the script only says so).
set -euo pipefail

PRIMARY_HOST="${PRIMARY_HOST:-127.0.0.1}"
PRIMARY_PORT="${PRIMARY_PORT:-5432}"
REPLICA_USER="${REPLICA_USER:-postgres}"
REPLICA_PORT="${REPLICA_PORT:-5433}"
REPLICA_DELAY="${REPLICA_DELAY:-0}"
REPLICA_DIR="${REPLICA_DIR:-}"
REPLICA_HBA="${REPLICA_HBA:-}"
PG_BIN="${PG_BIN:-/usr/lib/postgresql/15/bin}"
ACTION=up

while [ $# -gt 0 ]; do
  case "$1" in
    --primary-host) PRIMARY_HOST="$2"; shift 2 ;;
    --primary-port) PRIMARY_PORT="$2"; shift 2 ;;
    --user) REPLICA_USER="$2"; shift 2 ;;
    --port) REPLICA_PORT="$2"; shift 2 ;;
    --delay) REPLICA_DELAY="$2"; shift 2 ;;
    --dir) REPLICA_DIR="$2"; shift 2 ;;
    --bin) PG_BIN="$2"; shift 2 ;;
    --hba) REPLICA_HBA="$2"; shift 2 ;;
    --stop) ACTION=stop; shift ;;
    -h | --help) sed -n '2,22p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "pg-replica: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
REPLICA_DIR="${REPLICA_DIR:-/var/lib/postgresql/ydan-replica-$REPLICA_PORT}"
LOG="$REPLICA_DIR.log"
NAME="ydan_replica_$REPLICA_PORT"

say() { echo "pg-replica[$REPLICA_PORT]: $*"; }
die() { echo "pg-replica[$REPLICA_PORT]: $*" >&2; exit 1; }

# PostgreSQL's server programs refuse to run as root: as root, they run as the postgres user.
if [ "$(id -u)" = 0 ]; then
  id postgres >/dev/null 2>&1 || die "running as root needs a 'postgres' user to run the standby"
  as_owner() { runuser -u postgres -- "$@"; }
else
  as_owner() { "$@"; }
fi
[ -x "$PG_BIN/pg_basebackup" ] || die "no $PG_BIN/pg_basebackup (apt-get install postgresql-15, or --bin)"

primary() { "$PG_BIN/psql" -X -q -At -h "$PRIMARY_HOST" -p "$PRIMARY_PORT" -U "$REPLICA_USER" -d postgres "$@"; }
standby() { "$PG_BIN/psql" -X -q -At -h 127.0.0.1 -p "$REPLICA_PORT" -U "$REPLICA_USER" -d postgres "$@"; }
running() { [ -f "$REPLICA_DIR/postmaster.pid" ] && as_owner "$PG_BIN/pg_ctl" -D "$REPLICA_DIR" status >/dev/null 2>&1; }
stop_standby() { if running; then as_owner "$PG_BIN/pg_ctl" -D "$REPLICA_DIR" -m fast -w stop >/dev/null; fi; }

if [ "$ACTION" = stop ]; then
  stop_standby
  say "stopped"
  exit 0
fi

primary -c "select 1" >/dev/null || die "the primary $PRIMARY_HOST:$PRIMARY_PORT does not answer"
[ "$(primary -c "select setting <> 'minimal' from pg_settings where name = 'wal_level'")" = t ] ||
  die "the primary's wal_level is minimal: set it to replica and restart the primary (not done here)"
[ "$(primary -c "select setting::int > 0 from pg_settings where name = 'max_wal_senders'")" = t ] ||
  die "the primary's max_wal_senders is 0: raise it and restart the primary (not done here)"

# A replication connection is its own line in pg_hba.conf ("all" does not match it: PostgreSQL docs,
# "21.1 The pg_hba.conf File").
replication_ok() {
  "$PG_BIN/psql" -X -q -At "host=$PRIMARY_HOST port=$PRIMARY_PORT user=$REPLICA_USER replication=true" \
    -c "IDENTIFY_SYSTEM" >/dev/null 2>&1
}
if ! replication_ok; then
  hba="$(primary -c "show hba_file")"
  method="$(primary -c "select auth_method from pg_hba_file_rules where type = 'host' and 'all' = any(database)
    and address = '127.0.0.1' order by line_number limit 1")"
  if [ "$PRIMARY_HOST" = 127.0.0.1 ] && [ -w "$hba" ] && [ -n "$method" ]; then
    printf '# Added by Ý Dân scripts/pg-replica.sh: local standbys stream from this server.\nhost replication %s 127.0.0.1/32 %s\n' \
      "$REPLICA_USER" "$method" >>"$hba"
    primary -c "select pg_reload_conf()" >/dev/null
    sleep 1
    say "added a replication line to $hba and reloaded the primary"
  fi
  replication_ok || die "the primary refuses replication connections for $REPLICA_USER: add
  'host replication $REPLICA_USER <this host>/32 <method>' to its pg_hba.conf and reload it"
fi

system_id() { "$@" -c "select system_identifier from pg_control_system()" 2>/dev/null || true; }

write_settings() {
  # The standby's own settings, kept out of postgresql.auto.conf (where -R put primary_conninfo).
  # Hot standby needs these at least as high as the primary's (PostgreSQL docs, "27.4.5").
  local s
  s="$(primary -F ' = ' -c "select name, setting from pg_settings where name in
    ('max_connections', 'max_prepared_transactions', 'max_locks_per_transaction',
     'max_wal_senders', 'max_worker_processes')")"
  # Debian keeps pg_hba.conf beside postgresql.conf in /etc, so pg_basebackup copies none: the
  # standby lets in whom the primary lets in.
  local hba="${REPLICA_HBA:-$(primary -c "show hba_file")}"
  [ -r "$hba" ] || die "cannot read $hba for the standby's pg_hba.conf: name one with --hba"
  as_owner tee "$REPLICA_DIR/pg_hba.conf" <"$hba" >/dev/null
  as_owner touch "$REPLICA_DIR/pg_ident.conf"
  as_owner tee "$REPLICA_DIR/postgresql.conf" >/dev/null <<EOF
# Written by scripts/pg-replica.sh on every run.
port = $REPLICA_PORT
listen_addresses = '127.0.0.1'
unix_socket_directories = '$REPLICA_DIR'
hba_file = '$REPLICA_DIR/pg_hba.conf'
ident_file = '$REPLICA_DIR/pg_ident.conf'
hot_standby = on
hot_standby_feedback = on
recovery_min_apply_delay = '$REPLICA_DELAY'
logging_collector = off
$s
EOF
}

healthy() {
  # Streaming from this primary's cluster, in recovery (a promoted standby is no standby).
  [ -f "$REPLICA_DIR/standby.signal" ] || return 1
  [ "$(system_id standby)" = "$(system_id primary)" ] || return 1
  [ "$(standby -c "select pg_is_in_recovery()")" = t ] || return 1
  for _ in $(seq 1 30); do
    [ "$(standby -c "select count(*) from pg_stat_wal_receiver where status = 'streaming'")" = 1 ] && return 0
    sleep 1
  done
  return 1
}

start_standby() {
  as_owner "$PG_BIN/pg_ctl" -D "$REPLICA_DIR" -l "$LOG" -w -t 60 start >/dev/null
}

reuse=no
if [ -f "$REPLICA_DIR/PG_VERSION" ] && [ -f "$REPLICA_DIR/standby.signal" ]; then
  write_settings
  if running; then as_owner "$PG_BIN/pg_ctl" -D "$REPLICA_DIR" reload >/dev/null; else start_standby || true; fi
  if healthy; then reuse=yes; else say "the standby in $REPLICA_DIR is not healthy: making it again"; fi
fi

if [ "$reuse" = no ]; then
  stop_standby || true
  # Something else on the port (not this standby) must not be mistaken for it.
  if "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$REPLICA_PORT"; then die "port $REPLICA_PORT is taken by another server"; fi
  rm -rf "$REPLICA_DIR"
  parent="$(dirname "$REPLICA_DIR")"
  mkdir -p "$parent"
  [ "$(id -u)" = 0 ] && mkdir -p "$REPLICA_DIR" && chown postgres: "$REPLICA_DIR" && chmod 700 "$REPLICA_DIR"
  say "pg_basebackup from $PRIMARY_HOST:$PRIMARY_PORT into $REPLICA_DIR"
  as_owner "$PG_BIN/pg_basebackup" -D "$REPLICA_DIR" -R -X stream -c fast \
    -d "host=$PRIMARY_HOST port=$PRIMARY_PORT user=$REPLICA_USER application_name=$NAME"
  write_settings
  start_standby || { tail -20 "$LOG" >&2; die "the standby did not start (log: $LOG)"; }
  healthy || { tail -20 "$LOG" >&2; die "the standby does not stream from the primary (log: $LOG)"; }
fi

# Caught up: everything the primary had written by now is replayed (with a delay, after it).
target="$(primary -c "select pg_current_wal_lsn()")"
for _ in $(seq 1 120); do
  if [ "$(standby -c "select pg_last_wal_replay_lsn() >= '$target'::pg_lsn")" = t ]; then
    say "ready: postgres://$REPLICA_USER@127.0.0.1:$REPLICA_PORT (streaming from $PRIMARY_HOST:$PRIMARY_PORT, apply delay $REPLICA_DELAY, $([ "$reuse" = yes ] && echo reused || echo new))"
    exit 0
  fi
  sleep 1
done
die "the standby has not replayed up to $target after 120 s (log: $LOG)"
