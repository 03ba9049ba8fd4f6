# PostgreSQL for the read models and Keycloak: Debian's packaged binaries, but a project-local cluster in
# $TRELLIS_DATA/postgres on $TRELLIS_BIND:$POSTGRES_PORT. The Debian default cluster and service are never
# used. The server refuses to run as root, so it runs as the Debian 'postgres' user.

PG_BIN="/usr/lib/postgresql/$POSTGRES_MAJOR/bin"
PG_DATA="$TRELLIS_DATA/postgres"
# Where the cluster really is when pg_place_data had to put it outside (see there).
[ -L "$PG_DATA" ] && PG_DATA=$(readlink -f "$PG_DATA")
PG_DATABASES=(trellis_scf trellis_abs trellis_settlement keycloak)

# Runs a PostgreSQL binary as the 'postgres' user.
# From /, since the caller's directory may be one that 'postgres' cannot enter.
pg_as_owner() { local bin=$1; shift; (cd / && runuser -u postgres -- "$PG_BIN/$bin" "$@"); }
# Superuser SQL over the cluster's own Unix socket (peer authentication, no password).
pg_sql() { pg_as_owner psql -X -q -v ON_ERROR_STOP=1 -h "$PG_DATA" -p "$POSTGRES_PORT" -d postgres; }
pg_ready() { [ -x "$PG_BIN/pg_isready" ] && "$PG_BIN/pg_isready" -q -h "$TRELLIS_BIND" -p "$POSTGRES_PORT" -t 2; }

postgres_install() {
  [ -x "$PG_BIN/postgres" ] && return 0
  apt_install "postgresql-$POSTGRES_MAJOR"
}

# The server runs as 'postgres', which must be able to enter every directory above its data. When the
# checkout sits below one it cannot enter (a clone under /root, say), the cluster goes to /var/lib/trellis
# instead, and $TRELLIS_DATA/postgres links to it so that .trellis/ still leads to everything.
pg_place_data() {
  mkdir -p "$TRELLIS_DATA"
  runuser -u postgres -- test -x "$TRELLIS_DATA" 2>/dev/null && return 0
  local outside
  outside="/var/lib/trellis/$(printf '%s' "$TRELLIS_HOME" | sha256sum | cut -c1-12)/postgres"
  # No link pointed there, so whatever is there belongs to a .trellis/ that was deleted: start afresh too.
  rm -rf "$outside"
  mkdir -p "$(dirname "$outside")"
  ln -sfn "$outside" "$TRELLIS_DATA/postgres"
  PG_DATA=$outside
  warn "postgres: user postgres cannot enter $TRELLIS_DATA; the cluster lives in $outside (linked from there)"
}

# Creates the cluster once: local socket trusts the OS user (peer), TCP always needs a password.
pg_init_cluster() {
  [ -f "$PG_DATA/PG_VERSION" ] && return 0
  pg_place_data
  log "postgres: creating cluster in $PG_DATA"
  mkdir -p "$PG_DATA"
  chown postgres:postgres "$PG_DATA"
  chmod 700 "$PG_DATA"
  pg_as_owner initdb -D "$PG_DATA" -U postgres -E UTF8 --locale=C.UTF-8 \
    --auth-local=peer --auth-host=scram-sha-256 >>"$TRELLIS_LOGS/postgres.log" 2>&1 ||
    fail_with_log postgres "postgres: initdb failed"
}

# Role and databases of the platform; safe to run on every start.
pg_ensure_schema() {
  local db sql="
    SELECT 'CREATE ROLE trellis LOGIN' WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'trellis') \\gexec
    ALTER ROLE trellis LOGIN PASSWORD 'trellis';"
  for db in "${PG_DATABASES[@]}"; do
    sql+="
    SELECT 'CREATE DATABASE $db OWNER trellis' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = '$db') \\gexec"
  done
  pg_sql <<<"$sql" || die "postgres: could not create role and databases"
}

postgres_start() {
  ensure_dirs
  if ! pg_ready && ! is_running postgres; then
    pg_init_cluster
    log "postgres: starting on $TRELLIS_BIND:$POSTGRES_PORT"
    # Settings on the command line so they always follow trellis.env; the socket stays in the data dir.
    start_process postgres runuser -u postgres -- "$PG_BIN/postgres" -D "$PG_DATA" \
      -c listen_addresses="$TRELLIS_BIND" -c port="$POSTGRES_PORT" -c unix_socket_directories="$PG_DATA" \
      -c shared_buffers=128MB -c max_connections=100
  fi
  pg_ready || await_healthy postgres 60 pg_ready
  pg_ensure_schema
  log "postgres: ready ($(postgres_status))"
}

postgres_stop() {
  # Fast shutdown: do not wait for pooled client connections to go away.
  [ -f "$PG_DATA/postmaster.pid" ] && pg_as_owner pg_ctl -D "$PG_DATA" stop -m fast -w -t 30 >/dev/null 2>&1
  stop_process postgres
}

postgres_status() {
  local pid
  pid=$(head -n1 "$PG_DATA/postmaster.pid" 2>/dev/null || true)
  pg_ready || { echo "$TRELLIS_BIND:$POSTGRES_PORT not ready"; return 1; }
  echo "$TRELLIS_BIND:$POSTGRES_PORT pid ${pid:-?}"
}
