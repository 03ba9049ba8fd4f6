# Keycloak: the Quarkus distribution from Maven Central, unpacked under $TRELLIS_TOOLS, serving realm 'trellis'
# over plain HTTP on $TRELLIS_BIND:$KEYCLOAK_PORT (health on $KEYCLOAK_MGMT_PORT).
# Storage: the 'keycloak' database of the project's PostgreSQL (stack/postgres.sh), not dev-file, so the store
# is the same kind as in a real deployment and survives a reinstall of the distribution.
# The server image is built once at install (build options below) and then started with --optimized, so a
# start never re-augments (measured: with unchanged options a plain 'start' takes about as long, but it re-augments
# for ~11s whenever the options drift).
# Redirect URIs of trellis-portal are http://127.0.0.1/* and http://localhost/*: Keycloak ignores the port
# of a loopback redirect (RFC 8252 7.3), whereas a literal 'http://127.0.0.1:*/*' is rejected by 26.x.

KC_HOME="$TRELLIS_TOOLS/keycloak-$KEYCLOAK_VERSION"
KC_REALM_FILE="$TRELLIS_ROOT/stack/keycloak/trellis-realm.json"
KC_URL="http://$TRELLIS_BIND:$KEYCLOAK_PORT"
KC_BUILD_OPTS=(--db=postgres --health-enabled=true)
# Hash of the realm file that was last imported.
KC_REALM_STAMP="$TRELLIS_DATA/keycloak/realm-imported.sha256"
: "${KEYCLOAK_HEAP_OPTS:=-Xms128m -Xmx512m}"

# Downloads and unpacks the distribution; the unpacked tree is renamed into place only when complete.
kc_fetch() {
  local tmp="$TRELLIS_TOOLS/keycloak-download"
  log "keycloak: fetching Keycloak $KEYCLOAK_VERSION from Maven Central"
  command -v unzip >/dev/null || apt_install unzip
  rm -rf "$tmp" && mkdir -p "$tmp"
  # Run where there is no pom.xml, so Maven resolves just this artifact and not the project's modules.
  (cd "$tmp" && mvnw dependency:copy -Dartifact="org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:zip" \
    -DoutputDirectory="$tmp") || die "keycloak: download failed"
  unzip -q "$tmp/keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip" -d "$tmp" || die "keycloak: unzip failed"
  mv "$tmp/keycloak-$KEYCLOAK_VERSION" "$KC_HOME"
  rm -rf "$tmp"
}

# Builds the optimized server image; repeated only when the build options change.
kc_build() {
  local stamp="$KC_HOME/.trellis-build"
  [ "$(cat "$stamp" 2>/dev/null)" = "${KC_BUILD_OPTS[*]}" ] && return 0
  log "keycloak: building the server image (${KC_BUILD_OPTS[*]})"
  "$KC_HOME/bin/kc.sh" build "${KC_BUILD_OPTS[@]}" >>"$TRELLIS_LOGS/keycloak.log" 2>&1 ||
    fail_with_log keycloak "keycloak: build failed"
  echo "${KC_BUILD_OPTS[*]}" >"$stamp"
}

keycloak_install() {
  require_jdk21
  ensure_dirs
  [ -x "$KC_HOME/bin/kc.sh" ] || kc_fetch
  kc_build
}

# Ready when the server says so and the trellis realm (imported at first start) is served.
kc_ready() {
  http_ok "http://$TRELLIS_BIND:$KEYCLOAK_MGMT_PORT/health/ready" &&
    http_ok "$KC_URL/realms/trellis/.well-known/openid-configuration"
}

kc_realm_hash() { sha256sum <"$KC_REALM_FILE" | cut -d' ' -f1; }
# Keycloak skips the import of an existing realm, so later edits of the realm file do not reach it: say so.
kc_warn_stale_realm() {
  [ -f "$KC_REALM_STAMP" ] && [ "$(cat "$KC_REALM_STAMP")" != "$(kc_realm_hash)" ] || return 0
  warn "keycloak: $KC_REALM_FILE changed after realm 'trellis' was imported; Keycloak keeps the old realm."
  warn "keycloak: to re-import, delete realm 'trellis' in the admin console (or drop database keycloak) and restart."
}
# Records the realm file's hash when the log written since byte OFFSET shows it was imported.
kc_record_import() {
  tail -c "+$(($1 + 1))" "$TRELLIS_LOGS/keycloak.log" | grep -q "Realm 'trellis' imported" || return 0
  mkdir -p "$(dirname "$KC_REALM_STAMP")"
  kc_realm_hash >"$KC_REALM_STAMP"
}

keycloak_start() {
  require_jdk21
  ensure_dirs
  local log_offset
  log_offset=$(stat -c %s "$TRELLIS_LOGS/keycloak.log" 2>/dev/null || echo 0)
  if ! is_running keycloak; then
    postgres_status >/dev/null 2>&1 || die "keycloak: PostgreSQL is not running (./trellis up starts it first)"
    # --import-realm reads data/import and skips a realm that already exists, so this is safe on every start.
    mkdir -p "$KC_HOME/data/import"
    cp "$KC_REALM_FILE" "$KC_HOME/data/import/trellis-realm.json"
    log "keycloak: starting on $KC_URL"
    # The fixed --hostname keeps the token issuer the same whether clients call 127.0.0.1 or localhost.
    # The bootstrap admin is only created when the master realm has no admin yet.
    start_process keycloak env JAVA_OPTS_KC_HEAP="$KEYCLOAK_HEAP_OPTS" \
      KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin KC_DB_PASSWORD=trellis \
      "$KC_HOME/bin/kc.sh" start --optimized --import-realm \
      --http-enabled=true --http-host="$TRELLIS_BIND" --http-port="$KEYCLOAK_PORT" \
      --http-management-port="$KEYCLOAK_MGMT_PORT" --hostname="$KC_URL" \
      --db-url="jdbc:postgresql://$TRELLIS_BIND:$POSTGRES_PORT/keycloak" --db-username=trellis \
      --db-pool-max-size=10 --cache=local --log-console-color=false
  fi
  await_healthy keycloak 180 kc_ready
  kc_record_import "$log_offset"
  kc_warn_stale_realm
  log "keycloak: ready ($(keycloak_status)), admin console $KC_URL/admin (admin/admin)"
}

keycloak_stop() { stop_process keycloak 30; }

keycloak_status() {
  is_running keycloak || { echo "not running"; return 1; }
  local pid; pid=$(cat "$(pid_file keycloak)")
  kc_ready || { echo "$KC_URL not ready (pid $pid)"; return 1; }
  echo "$KC_URL pid $pid"
}
