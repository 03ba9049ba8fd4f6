# Fabric CA: one fabric-ca-server v1.5.21 per organisation, so each organisation's CA key stays with its own CA.
# The commands are built once from the Go module proxy (fabric-network/fabric-ca/ pins the module) into
# $TRELLIS_CACHE, like the Fabric binaries. Per organisation, under $FABRIC_CA_DIR/<org>/:
#   server/            the CA's home, mode 0700: the org CA's certificate and key (cryptogen's, moved out of the
#                      crypto folder), its TLS key pair, its database and rendered configuration;
#   registrar.secret   mode 0600: the random secret of the registrar identity the organisation's services use;
#   registrar/         mode 0700: the registrar's enrolment for ./trellis revoke (fabric-ca-client's home).

FABRIC_CA_VERSION=1.5.21
FABRIC_CA_COMMANDS=(fabric-ca-server fabric-ca-client)
FABRIC_CA_CACHED="$TRELLIS_CACHE/fabric-ca-$FABRIC_CA_VERSION"
FABRIC_CA_DIR="$FABRIC_DIR/ca"
FABRIC_CA_REGISTRAR=registrar
FABRIC_CA_BIN_DIR=""

fabric_ca_commands_in() {
  local cmd
  for cmd in "${FABRIC_CA_COMMANDS[@]}"; do [ -x "$1/$cmd" ] || return 1; done
}
fabric_ca_version_of() { "$1/fabric-ca-server" version 2>/dev/null | awk '/^ Version:/ {print $2; exit}'; }
fabric_ca_accept() {
  local version
  fabric_ca_commands_in "$1" || return 1
  version=$(fabric_ca_version_of "$1")
  [ "$version" = "$FABRIC_CA_VERSION" ] || { warn "fabric-ca: $1/fabric-ca-server is version '${version:-unknown}', not $FABRIC_CA_VERSION"; return 1; }
  FABRIC_CA_BIN_DIR=$1
}

# Builds both commands from our pinning module into a temporary folder, then moves it into the cache whole.
fabric_ca_build() {
  local work t0=$SECONDS
  require_go_for_fabric || return 1
  mkdir -p "$TRELLIS_CACHE"
  work=$(mktemp -d "$TRELLIS_CACHE/.fabric-ca-build.XXXXXX")
  cp "$TRELLIS_ROOT/fabric-network/fabric-ca/"{go.mod,go.sum,tools.go} "$work/"
  log "fabric-ca: building ${FABRIC_CA_COMMANDS[*]} $FABRIC_CA_VERSION from the Go module proxy (about 4 minutes on 2 cores the first time)"
  if ! (cd "$work" && GOTOOLCHAIN=local CGO_ENABLED=1 go build -trimpath -o "$work/bin/" \
        github.com/hyperledger/fabric-ca/cmd/fabric-ca-server github.com/hyperledger/fabric-ca/cmd/fabric-ca-client) \
        >"$work/build.log" 2>&1 || ! fabric_ca_accept "$work/bin"; then
    tail -n 20 "$work/build.log" >&2
    warn "fabric-ca: building fabric-ca $FABRIC_CA_VERSION failed (log above)"
    rm -rf "$work"; return 1
  fi
  echo "built from github.com/hyperledger/fabric-ca v$FABRIC_CA_VERSION (Go module proxy) in $((SECONDS - t0))s" >"$work/bin/ORIGIN"
  rm -rf "$FABRIC_CA_CACHED"
  mkdir -p "$FABRIC_CA_CACHED"
  mv "$work/bin" "$FABRIC_CA_CACHED/bin"
  rm -rf "$work"
}

# Sets FABRIC_CA_BIN_DIR: FABRIC_CA_BIN when given and right, else the cache, else a fresh build.
fabric_ca_locate_binaries() {
  if [ -n "${FABRIC_CA_BIN:-}" ]; then
    fabric_ca_accept "$FABRIC_CA_BIN" && return 0
    warn "fabric-ca: FABRIC_CA_BIN=$FABRIC_CA_BIN is not usable; trying the cache"
  fi
  fabric_ca_accept "$FABRIC_CA_CACHED/bin" 2>/dev/null && return 0
  fabric_ca_build && fabric_ca_accept "$FABRIC_CA_CACHED/bin" && return 0
  echo "no fabric-ca $FABRIC_CA_VERSION: no usable FABRIC_CA_BIN, cache or build (see the warnings above)" >"$FABRIC_UNAVAILABLE"
  return 1
}

ca_org_dir() { echo "$FABRIC_CA_DIR/$1"; }
ca_home() { echo "$FABRIC_CA_DIR/$1/server"; }
ca_port() { org_ca_var "$1" PORT; }
ca_ops_port() { org_ca_var "$1" OPS_PORT; }
org_ca_var() { local upper; upper=$(tr '[:lower:]' '[:upper:]' <<<"$1"); local v="FABRIC_CA_${upper}_$2"; echo "${!v}"; }
ca_url() { echo "https://$TRELLIS_BIND:$(ca_port "$1")"; }
org_crypto_dir() { echo "$FABRIC_CRYPTO/peerOrganizations/$(org_domain "$1")"; }
# The CA server's TLS certificate is issued by the organisation's TLS CA, which its clients trust already.
ca_tls_root() { echo "$(org_crypto_dir "$1")/tlsca/tlsca.$(org_domain "$1")-cert.pem"; }
ca_registrar_secret_file() { echo "$(ca_org_dir "$1")/registrar.secret"; }

# move_key SRC DEST: a private key goes into the CA's home (0600) and is gone from where cryptogen left it.
move_key() {
  local src=$1 dest=$2
  [ -f "$dest" ] && { rm -f "$src"; return 0; }
  [ -f "$src" ] || die "fabric-ca: neither $dest nor $src exists; run ./trellis reset to make the crypto material again"
  install -m 0600 "$src" "$dest.tmp" && mv "$dest.tmp" "$dest" && rm -f "$src"
}

# The CA's home, made once and idempotent: keys moved in, TLS certificate, registrar secret, configuration.
fabric_ca_ensure_home() {
  local org=$1 home crypto domain
  home=$(ca_home "$org"); crypto=$(org_crypto_dir "$org"); domain=$(org_domain "$org")
  (umask 077; mkdir -p "$home")
  chmod 0700 "$(ca_org_dir "$org")" "$home"
  cp "$crypto/ca/ca.$domain-cert.pem" "$home/ca-cert.pem"
  move_key "$crypto/ca/priv_sk" "$home/ca-key.pem"
  move_key "$crypto/tlsca/priv_sk" "$home/tlsca-key.pem"
  if [ ! -f "$home/tls-cert.pem" ]; then
    (
      cd "$home" && umask 077
      openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out tls-key.pem
      openssl req -new -key tls-key.pem -subj "/O=$domain/CN=ca.$domain" -out tls.csr
      printf 'subjectAltName=DNS:ca.%s,DNS:localhost,IP:127.0.0.1\nkeyUsage=digitalSignature\nextendedKeyUsage=serverAuth\n' "$domain" >tls.ext
      openssl x509 -req -in tls.csr -CA "$(ca_tls_root "$org")" -CAkey tlsca-key.pem -CAserial tls.srl -CAcreateserial -days 3650 \
        -extfile tls.ext -out tls-cert.pem.tmp && mv tls-cert.pem.tmp tls-cert.pem
      rm -f tls.csr tls.ext ./*.srl
    ) >>"$TRELLIS_LOGS/fabric-setup.log" 2>&1 || die "fabric-ca: could not make the TLS certificate of $org's CA"
  fi
  local secret_file; secret_file=$(ca_registrar_secret_file "$org")
  if [ ! -f "$secret_file" ]; then
    (umask 077; openssl rand -hex 24 >"$secret_file.tmp") && mv "$secret_file.tmp" "$secret_file"
  fi
  # The registrar is created from this file when the CA's database is made, on its first start only.
  local CA_PORT CA_OPS_PORT CA_NAME CA_REGISTRAR_ID=$FABRIC_CA_REGISTRAR CA_REGISTRAR_SECRET
  CA_PORT=$(ca_port "$org"); CA_OPS_PORT=$(ca_ops_port "$org"); CA_NAME="ca-$org"
  CA_REGISTRAR_SECRET=$(cat "$secret_file")
  (umask 077; render_template "$TRELLIS_ROOT/fabric-network/config/fabric-ca-server.yaml" "$home/fabric-ca-server-config.yaml" \
    CA_PORT CA_OPS_PORT CA_NAME CA_REGISTRAR_ID CA_REGISTRAR_SECRET TRELLIS_BIND)
}

fabric_ca_start() {
  local org
  [ -n "$FABRIC_CA_BIN_DIR" ] || fabric_ca_locate_binaries || return 1
  for org in "${PEER_ORGS[@]}"; do
    is_running "ca-$org" && continue
    fabric_ca_ensure_home "$org"
    start_process "ca-$org" "$FABRIC_CA_BIN_DIR/fabric-ca-server" start --home "$(ca_home "$org")"
  done
  for org in "${PEER_ORGS[@]}"; do
    await_healthy "ca-$org" 60 http_ok "http://$TRELLIS_BIND:$(ca_ops_port "$org")/healthz"
  done
  trellis_export_ca_secrets
}

fabric_ca_stop() {
  local org
  for org in "${PEER_ORGS[@]}"; do stop_process "ca-$org" 20; done
}

# fabric_ca_client ORG ARGS...: fabric-ca-client as ORG's registrar (enrolled on first use, kept under registrar/).
# The secret travels in the environment, not on a command line other users could read.
fabric_ca_client() {
  local org=$1; shift
  local home; home="$(ca_org_dir "$org")/registrar"
  local common=(--home "$home" --tls.certfiles "$(ca_tls_root "$org")")
  if [ ! -f "$home/msp/signcerts/cert.pem" ]; then
    (umask 077; mkdir -p "$home")
    FABRIC_CA_CLIENT_URL="https://$FABRIC_CA_REGISTRAR:$(cat "$(ca_registrar_secret_file "$org")")@$TRELLIS_BIND:$(ca_port "$org")" \
      "$FABRIC_CA_BIN_DIR/fabric-ca-client" enroll "${common[@]}" >>"$TRELLIS_LOGS/fabric-setup.log" 2>&1 ||
      fail_with_log fabric-setup "fabric-ca: $org's registrar could not enrol at $(ca_url "$org")"
  fi
  "$FABRIC_CA_BIN_DIR/fabric-ca-client" "$@" "${common[@]}" --url "$(ca_url "$org")"
}

# fabric_ca_revoke ORG ENROLLMENT_ID: revokes every certificate of the identity at ORG's CA (it cannot enrol
# again) and leaves the CA's whole CRL, PEM, in $(fabric_ca_crl_file ORG).
fabric_ca_revoke() {
  local org=$1 id=$2 answer
  if ! answer=$(fabric_ca_client "$org" revoke --revoke.name "$id" --revoke.reason cessationofoperation 2>&1); then
    # A second revocation of the same identity is refused; its CRL still has to reach the channel.
    grep -qi 'already revoked\|has been revoked' <<<"$answer" || { echo "$answer" >&2; die "fabric-ca: $org's CA could not revoke '$id'"; }
    log "fabric-ca: '$id' was already revoked at $org's CA"
  fi
  fabric_ca_client "$org" gencrl >>"$TRELLIS_LOGS/fabric-setup.log" 2>&1 ||
    fail_with_log fabric-setup "fabric-ca: $org's CA could not generate its CRL"
}
fabric_ca_crl_file() { echo "$(ca_org_dir "$1")/registrar/msp/crls/crl.pem"; }
