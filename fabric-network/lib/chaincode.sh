# The chaincode 'trellis' as a service (CCaaS): one chaincode server process (the packaged Java jar) that
# every peer reaches over mutual TLS; the lifecycle package carries only connection.json. Deployed sequences and
# the package id in use are kept in $FABRIC_CC_STATE.

FABRIC_CC_DIR="$FABRIC_DIR/chaincode"
FABRIC_CC_STATE="$FABRIC_CC_DIR/deployed.env"
CHAINCODE_JAR="$TRELLIS_ROOT/chaincode/contract/target/trellis-chaincode.jar"
: "${CHAINCODE_HEAP_OPTS:=-Xms64m -Xmx384m}"

# TLS for the chaincode server, made once: its own CA (the peers trust it through connection.json) and a
# server certificate for 127.0.0.1 with a PKCS#8 key, as the Java shim wants; then the peers' client certificate.
fabric_chaincode_tls() {
  local tls="$FABRIC_CC_DIR/tls"
  [ -f "$tls/server.crt" ] && { fabric_chaincode_client_tls; return 0; }
  mkdir -p "$tls.tmp"
  (
    cd "$tls.tmp"
    openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out ca.key
    openssl req -x509 -new -key ca.key -days 3650 -subj "/O=Trellis/CN=trellis chaincode CA" -out ca.crt
    openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out server.key
    openssl req -new -key server.key -subj "/O=Trellis/CN=chaincode.trellis.local" -out server.csr
    printf 'subjectAltName=DNS:chaincode.trellis.local,DNS:localhost,IP:127.0.0.1\nkeyUsage=digitalSignature\nextendedKeyUsage=serverAuth\n' >ext.cnf
    openssl x509 -req -in server.csr -CA ca.crt -CAkey ca.key -CAcreateserial -days 3650 -extfile ext.cnf -out server.crt
    rm -f server.csr ext.cnf ca.srl
  ) >>"$TRELLIS_LOGS/fabric-setup.log" 2>&1 || die "fabric: could not make the chaincode server's TLS certificate"
  rm -rf "$tls"; mv "$tls.tmp" "$tls"
  fabric_chaincode_client_tls
}

# Mutual TLS: the client certificate the peers present to the chaincode server (connection.json carries it), from
# the chaincode's CA, made once; the server then accepts only clients of that CA (CHAINCODE_TLS_CLIENT_CA_FILE).
fabric_chaincode_client_tls() {
  local tls="$FABRIC_CC_DIR/tls"
  [ -f "$tls/client.crt" ] && return 0
  (
    cd "$tls" && umask 077
    openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out client.key.tmp
    openssl req -new -key client.key.tmp -subj "/O=Trellis/CN=peer chaincode client" -out client.csr
    printf 'keyUsage=digitalSignature\nextendedKeyUsage=clientAuth\n' >client.ext
    openssl x509 -req -in client.csr -CA ca.crt -CAkey ca.key -CAserial client.srl -CAcreateserial -days 3650 \
      -extfile client.ext -out client.crt.tmp
    mv client.key.tmp client.key && mv client.crt.tmp client.crt
    rm -f client.csr client.ext client.srl
  ) >>"$TRELLIS_LOGS/fabric-setup.log" 2>&1 || die "fabric: could not make the peers' chaincode client certificate"
}

# Whether the package of the deployed sequence asks the peers for mutual TLS (packages made before it did not:
# their server must not require a client certificate; ./trellis chaincode upgrade moves them to one that does).
chaincode_package_mutual_tls() {
  local pkg json; pkg="$FABRIC_CC_DIR/package-$(chaincode_state CC_SEQUENCE)/trellis.tar.gz"
  [ -f "$pkg" ] && json=$(tar -xzOf "$pkg" code.tar.gz | tar -xzO connection.json) &&
    [[ $json == *'"client_auth_required":true'* ]]
}

# The lifecycle package of sequence N: label trellis_N, a byte-for-byte reproducible tar so the package id
# only changes when connection.json does (fixed order, times, owners and modes: not the umask's).
fabric_chaincode_package() {
  local seq=$1 dir="$FABRIC_CC_DIR/package-$1" root_cert client_cert client_key
  [ -f "$dir/trellis.tar.gz" ] && { echo "$dir/trellis.tar.gz"; return 0; }
  mkdir -p "$dir/src" "$dir/pkg"
  root_cert=$(awk '{printf "%s\\n", $0}' "$FABRIC_CC_DIR/tls/ca.crt")
  client_cert=$(awk '{printf "%s\\n", $0}' "$FABRIC_CC_DIR/tls/client.crt")
  client_key=$(awk '{printf "%s\\n", $0}' "$FABRIC_CC_DIR/tls/client.key")
  printf '{"address":"%s:%s","dial_timeout":"10s","tls_required":true,"client_auth_required":true,"client_key":"%s","client_cert":"%s","root_cert":"%s"}\n' \
    "$TRELLIS_BIND" "$CHAINCODE_PORT" "$client_key" "$client_cert" "$root_cert" >"$dir/src/connection.json"
  printf '{"type":"ccaas","label":"%s_%s"}\n' "$FABRIC_CHAINCODE" "$seq" >"$dir/pkg/metadata.json"
  local tar_opts=(--sort=name --mtime=@0 --owner=0 --group=0 --numeric-owner --mode=u=rw,go=r)
  tar "${tar_opts[@]}" -C "$dir/src" -cf - connection.json | gzip -n >"$dir/pkg/code.tar.gz"
  tar "${tar_opts[@]}" -C "$dir/pkg" -cf - metadata.json code.tar.gz | gzip -n >"$dir/trellis.tar.gz"
  rm -rf "$dir/src" "$dir/pkg"
  echo "$dir/trellis.tar.gz"
}

# The sequence committed on the channel; 0 before the first commit (querycommitted fails then).
fabric_committed_sequence() {
  local answer
  answer=$(peer_as "${PEER_ORGS[0]}" lifecycle chaincode querycommitted -C "$FABRIC_CHANNEL" -n "$FABRIC_CHAINCODE" \
    -O json 2>/dev/null) || { echo 0; return 0; }
  sed -n 's/.*"sequence":[[:space:]]*\([0-9]*\).*/\1/p' <<<"$answer" | head -n1
}

# fabric_chaincode_deploy SEQUENCE: install on every peer, approve for every org, commit; idempotent.
fabric_chaincode_deploy() {
  local seq=${1:-1} pkg package_id org committed peers=() t0=$SECONDS
  pkg=$(fabric_chaincode_package "$seq")
  package_id=$(env $(peer_admin_env "${PEER_ORGS[0]}") "$FABRIC_BIN_DIR/peer" lifecycle chaincode calculatepackageid "$pkg")
  for org in "${PEER_ORGS[@]}"; do
    if ! peer_as "$org" lifecycle chaincode queryinstalled 2>/dev/null | grep -q "$package_id"; then
      peer_as "$org" lifecycle chaincode install "$pkg" >>"$TRELLIS_LOGS/fabric-setup.log" 2>&1 ||
        fail_with_log fabric-setup "fabric: installing the chaincode package on $(peer_host "$org") failed"
    fi
    peers+=(--peerAddresses "$TRELLIS_BIND:$(peer_port "$org")" --tlsRootCertFiles "$(peer_dir "$org")/tls/ca.crt")
  done
  committed=$(fabric_committed_sequence)
  if [ "${committed:-0}" -lt "$seq" ]; then
    local definition=(-C "$FABRIC_CHANNEL" -n "$FABRIC_CHAINCODE" -v "$seq" --sequence "$seq"
      --collections-config "$TRELLIS_ROOT/fabric-network/config/collections.json")
    for org in "${PEER_ORGS[@]}"; do
      # shellcheck disable=SC2046
      peer_as "$org" lifecycle chaincode approveformyorg $(orderer_flags) "${definition[@]}" --package-id "$package_id" \
        --waitForEvent >>"$TRELLIS_LOGS/fabric-setup.log" 2>&1 ||
        fail_with_log fabric-setup "fabric: $(org_msp "$org") could not approve chaincode sequence $seq"
    done
    # shellcheck disable=SC2046
    peer_as "${PEER_ORGS[0]}" lifecycle chaincode commit $(orderer_flags) "${definition[@]}" "${peers[@]}" \
      --waitForEvent >>"$TRELLIS_LOGS/fabric-setup.log" 2>&1 ||
      fail_with_log fabric-setup "fabric: committing chaincode sequence $seq failed"
    log "fabric: chaincode $FABRIC_CHAINCODE sequence $seq committed in $((SECONDS - t0))s (package $package_id)"
  fi
  mkdir -p "$FABRIC_CC_DIR"
  printf 'CC_SEQUENCE=%s\nCC_PACKAGE_ID=%s\n' "$seq" "$package_id" >"$FABRIC_CC_STATE"
}

fabric_chaincode_jar() {
  [ -f "$CHAINCODE_JAR" ] && return 0
  log "fabric: building the chaincode server jar"
  mvnw -ntp package -DskipTests -pl chaincode/contract -am || die "fabric: building the chaincode failed"
}

chaincode_state() { sed -n "s/^$1=//p" "$FABRIC_CC_STATE" 2>/dev/null; }

# The server runs a copy of the jar, so a build can replace the jar under target/ without pulling classes
# from under a running JVM; chaincode_server_outdated tells when the build has moved on.
CHAINCODE_RUNNING_JAR="$FABRIC_CC_DIR/server/trellis-chaincode.jar"

fabric_start_chaincode_server() {
  local tls="$FABRIC_CC_DIR/tls"
  is_running chaincode && return 0
  require_jdk21
  fabric_chaincode_jar
  mkdir -p "$(dirname "$CHAINCODE_RUNNING_JAR")"
  cp "$CHAINCODE_JAR" "$CHAINCODE_RUNNING_JAR"
  # The clock offset file is the services' (stack/services.sh): a local stack's tests move the business date by
  # writing it, and the chaincode's honest-time check must move with the proposals' timestamps.
  local client_ca=""
  chaincode_package_mutual_tls && client_ca="$tls/ca.crt"
  # shellcheck disable=SC2086
  start_process chaincode env CHAINCODE_SERVER_ADDRESS="$TRELLIS_BIND:$CHAINCODE_PORT" \
    CORE_CHAINCODE_ID_NAME="$(chaincode_state CC_PACKAGE_ID)" \
    CHAINCODE_TLS_CERT_FILE="$tls/server.crt" CHAINCODE_TLS_KEY_FILE="$tls/server.key" \
    CHAINCODE_TLS_CLIENT_CA_FILE="$client_ca" \
    TRELLIS_CLOCK_OFFSET_FILE="${TRELLIS_FABRIC_CLOCK_OFFSET_FILE:-$TRELLIS_DATA/clock-offset}" \
    "$JAVA_HOME/bin/java" $CHAINCODE_HEAP_OPTS -jar "$CHAINCODE_RUNNING_JAR"
  await_healthy chaincode 60 port_open "$CHAINCODE_PORT"
}

chaincode_server_outdated() {
  is_running chaincode && [ -f "$CHAINCODE_JAR" ] && ! cmp -s "$CHAINCODE_JAR" "$CHAINCODE_RUNNING_JAR"
}

# After a build: a running chaincode server restarts on the new jar (same package id; peers reconnect).
fabric_refresh_chaincode_server() {
  chaincode_server_outdated || return 0
  log "fabric: the chaincode changed since its server started; restarting it on the new build"
  stop_process chaincode 20
  fabric_start_chaincode_server
}

# The whole path peer -> builder -> chaincode server works: an unknown transaction is answered by the
# chaincode's own router (UNKNOWN_TRANSACTION), not by the peer.
fabric_chaincode_answers() {
  local answer
  answer=$(peer_as "${PEER_ORGS[0]}" chaincode query -C "$FABRIC_CHANNEL" -n "$FABRIC_CHAINCODE" -c '{"Args":["Ping"]}' 2>&1 || true)
  [[ $answer == *UNKNOWN_TRANSACTION* ]]
}

# ./trellis chaincode upgrade: next sequence with a new package (new label), then the server restarts
# under the new package id. State is the channel's, so everything written before stays readable.
fabric_chaincode_upgrade() {
  local next=$(( $(chaincode_state CC_SEQUENCE) + 1 ))
  fabric_chaincode_deploy "$next"
  stop_process chaincode 20
  fabric_start_chaincode_server
}
