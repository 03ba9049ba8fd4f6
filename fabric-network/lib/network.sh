# The network's nodes: crypto material, channel configuration, orderers and peers as native processes.
# Everything is written under $FABRIC_DIR and kept across down/up; ./trellis reset wipes it.

FABRIC_DIR="$TRELLIS_DATA/fabric"
FABRIC_CRYPTO="$FABRIC_DIR/crypto"
FABRIC_NET_CONFIG="$FABRIC_DIR/config"
FABRIC_CHANNEL_BLOCK="$FABRIC_DIR/channel/$FABRIC_CHANNEL.block"
FABRIC_NETWORK_SHAPE="$FABRIC_DIR/network.env"   # what the ledger was created with (orderer count)
ORDERER_DOMAIN=orderer.trellis.local
PEER_ORGS=(platform bank securities)

org_msp() { case $1 in platform) echo PlatformMSP ;; bank) echo BankMSP ;; securities) echo SecuritiesMSP ;; esac; }
org_domain() { echo "$1.trellis.local"; }
org_var() { local upper; upper=$(tr '[:lower:]' '[:upper:]' <<<"$1"); local v="PEER_${upper}_$2"; echo "${!v}"; }
peer_port() { org_var "$1" PORT; }
peer_host() { echo "peer0.$(org_domain "$1")"; }
peer_dir() { echo "$FABRIC_CRYPTO/peerOrganizations/$(org_domain "$1")/peers/$(peer_host "$1")"; }
org_admin_msp() { echo "$FABRIC_CRYPTO/peerOrganizations/$(org_domain "$1")/users/Admin@$(org_domain "$1")/msp"; }
orderer_host() { echo "orderer$1.$ORDERER_DOMAIN"; }
orderer_dir() { echo "$FABRIC_CRYPTO/ordererOrganizations/$ORDERER_DOMAIN/orderers/$(orderer_host "$1")"; }
orderer_port() { echo $((ORDERER_PORT + 10 * $1)); }
orderer_admin_port() { echo $((ORDERER_ADMIN_PORT + 10 * $1)); }
orderer_ops_port() { echo $((ORDERER_OPS_PORT + 10 * $1)); }
orderer_tls_ca() { echo "$FABRIC_CRYPTO/ordererOrganizations/$ORDERER_DOMAIN/tlsca/tlsca.$ORDERER_DOMAIN-cert.pem"; }
orderer_indexes() { seq 0 $((TRELLIS_ORDERERS - 1)); }

# The ports this network listens on, for the "already taken" check before anything starts.
fabric_ports() {
  local i org
  for i in $(orderer_indexes); do orderer_port "$i"; orderer_admin_port "$i"; orderer_ops_port "$i"; done
  for org in "${PEER_ORGS[@]}"; do
    org_var "$org" PORT; org_var "$org" CHAINCODE_PORT; org_var "$org" OPS_PORT; ca_port "$org"; ca_ops_port "$org"
  done
  echo "$CHAINCODE_PORT"
}

# Crypto material is made once (cryptogen, NodeOUs on) and kept: the chaincode package id and every
# service wallet depend on it.
fabric_ensure_crypto() {
  [ -f "$FABRIC_CRYPTO/.complete" ] && return 0
  log "fabric: generating crypto material for $ORDERER_DOMAIN and ${PEER_ORGS[*]}"
  rm -rf "$FABRIC_CRYPTO.tmp"
  "$FABRIC_BIN_DIR/cryptogen" generate --config="$TRELLIS_ROOT/fabric-network/config/crypto-config.yaml" \
    --output="$FABRIC_CRYPTO.tmp" >/dev/null || die "fabric: cryptogen failed"
  rm -rf "$FABRIC_CRYPTO"; mv "$FABRIC_CRYPTO.tmp" "$FABRIC_CRYPTO"
  touch "$FABRIC_CRYPTO/.complete"
}

# core.yaml and orderer.yaml from the binaries' own config, with the CCaaS builder pointed at ours and no
# Docker endpoint (the peer would report itself unhealthy without a Docker daemon; an empty value in the
# environment does not override the file). Everything node-specific is set per process in the environment.
fabric_render_node_config() {
  mkdir -p "$FABRIC_NET_CONFIG"
  sed -e "s|/opt/hyperledger/ccaas_builder|$TRELLIS_ROOT/fabric-network/ccaas-builder|" \
    -e 's|^\(  *endpoint:\) unix:///var/run/docker.sock|\1 ""|' \
    "$FABRIC_CONFIG_DIR/core.yaml" >"$FABRIC_NET_CONFIG/core.yaml"
  cp "$FABRIC_CONFIG_DIR/orderer.yaml" "$FABRIC_NET_CONFIG/orderer.yaml"
  fabric_write_configtx >"$FABRIC_NET_CONFIG/configtx.yaml"
}

fabric_org_policies() {
  local msp=$1
  cat <<YAML
    Policies:
      Readers: {Type: Signature, Rule: "OR('$msp.admin', '$msp.peer', '$msp.client')"}
      Writers: {Type: Signature, Rule: "OR('$msp.admin', '$msp.client')"}
      Admins: {Type: Signature, Rule: "OR('$msp.admin')"}
      Endorsement: {Type: Signature, Rule: "OR('$msp.peer')"}
YAML
}

# The channel's configuration: one application channel, no system channel; anchor peers in the genesis
# block so the Gateway's discovery sees every org from the first block; majority endorsement by default.
fabric_write_configtx() {
  local org i
  echo "Organizations:"
  cat <<YAML
  - &OrdererOrg
    Name: OrdererMSP
    ID: OrdererMSP
    MSPDir: $FABRIC_CRYPTO/ordererOrganizations/$ORDERER_DOMAIN/msp
    Policies:
      Readers: {Type: Signature, Rule: "OR('OrdererMSP.member')"}
      Writers: {Type: Signature, Rule: "OR('OrdererMSP.member')"}
      Admins: {Type: Signature, Rule: "OR('OrdererMSP.admin')"}
    OrdererEndpoints:
YAML
  for i in $(orderer_indexes); do echo "      - 127.0.0.1:$(orderer_port "$i")"; done
  for org in "${PEER_ORGS[@]}"; do
    cat <<YAML
  - &$(org_msp "$org")
    Name: $(org_msp "$org")
    ID: $(org_msp "$org")
    MSPDir: $FABRIC_CRYPTO/peerOrganizations/$(org_domain "$org")/msp
$(fabric_org_policies "$(org_msp "$org")")
    AnchorPeers:
      - {Host: 127.0.0.1, Port: $(peer_port "$org")}
YAML
  done
  cat <<YAML
Capabilities:
  Channel: &ChannelCapabilities {V2_0: true}
  Orderer: &OrdererCapabilities {V2_0: true}
  Application: &ApplicationCapabilities {V2_5: true}
Application: &ApplicationDefaults
  Organizations:
  Policies:
    Readers: {Type: ImplicitMeta, Rule: "ANY Readers"}
    Writers: {Type: ImplicitMeta, Rule: "ANY Writers"}
    Admins: {Type: ImplicitMeta, Rule: "MAJORITY Admins"}
    LifecycleEndorsement: {Type: ImplicitMeta, Rule: "MAJORITY Endorsement"}
    Endorsement: {Type: ImplicitMeta, Rule: "MAJORITY Endorsement"}
  Capabilities: *ApplicationCapabilities
Orderer: &OrdererDefaults
  OrdererType: etcdraft
  BatchTimeout: $ORDERER_BATCH_TIMEOUT
  BatchSize:
    MaxMessageCount: $ORDERER_BATCH_SIZE
    AbsoluteMaxBytes: 99 MB
    PreferredMaxBytes: 2 MB
  EtcdRaft:
    Consenters:
YAML
  for i in $(orderer_indexes); do
    cat <<YAML
      - Host: 127.0.0.1
        Port: $(orderer_port "$i")
        ClientTLSCert: $(orderer_dir "$i")/tls/server.crt
        ServerTLSCert: $(orderer_dir "$i")/tls/server.crt
YAML
  done
  cat <<YAML
    Options:
      TickInterval: 500ms
      ElectionTick: 10
      HeartbeatTick: 1
      MaxInflightBlocks: 5
      SnapshotIntervalSize: 16 MB
  Organizations:
  Policies:
    Readers: {Type: ImplicitMeta, Rule: "ANY Readers"}
    Writers: {Type: ImplicitMeta, Rule: "ANY Writers"}
    Admins: {Type: ImplicitMeta, Rule: "MAJORITY Admins"}
    BlockValidation: {Type: ImplicitMeta, Rule: "ANY Writers"}
  Capabilities: *OrdererCapabilities
Channel: &ChannelDefaults
  Policies:
    Readers: {Type: ImplicitMeta, Rule: "ANY Readers"}
    Writers: {Type: ImplicitMeta, Rule: "ANY Writers"}
    Admins: {Type: ImplicitMeta, Rule: "MAJORITY Admins"}
  Capabilities: *ChannelCapabilities
Profiles:
  TrellisChannel:
    <<: *ChannelDefaults
    Orderer:
      <<: *OrdererDefaults
      Organizations: [*OrdererOrg]
    Application:
      <<: *ApplicationDefaults
      Organizations: [*PlatformMSP, *BankMSP, *SecuritiesMSP]
YAML
}

orderer_env() {
  local i=$1 dir; dir=$(orderer_dir "$i")
  local data="$FABRIC_DIR/orderers/orderer$i"
  echo FABRIC_CFG_PATH="$FABRIC_NET_CONFIG" FABRIC_LOGGING_SPEC="${FABRIC_LOGGING_SPEC:-INFO}" \
    ORDERER_GENERAL_LISTENADDRESS="$TRELLIS_BIND" ORDERER_GENERAL_LISTENPORT="$(orderer_port "$i")" \
    ORDERER_GENERAL_LOCALMSPID=OrdererMSP ORDERER_GENERAL_LOCALMSPDIR="$dir/msp" \
    ORDERER_GENERAL_BOOTSTRAPMETHOD=none ORDERER_CHANNELPARTICIPATION_ENABLED=true \
    ORDERER_GENERAL_TLS_ENABLED=true ORDERER_GENERAL_TLS_CERTIFICATE="$dir/tls/server.crt" \
    ORDERER_GENERAL_TLS_PRIVATEKEY="$dir/tls/server.key" ORDERER_GENERAL_TLS_ROOTCAS="[$dir/tls/ca.crt]" \
    ORDERER_GENERAL_CLUSTER_CLIENTCERTIFICATE="$dir/tls/server.crt" \
    ORDERER_GENERAL_CLUSTER_CLIENTPRIVATEKEY="$dir/tls/server.key" ORDERER_GENERAL_CLUSTER_ROOTCAS="[$dir/tls/ca.crt]" \
    ORDERER_ADMIN_LISTENADDRESS="$TRELLIS_BIND:$(orderer_admin_port "$i")" ORDERER_ADMIN_TLS_ENABLED=true \
    ORDERER_ADMIN_TLS_CERTIFICATE="$dir/tls/server.crt" ORDERER_ADMIN_TLS_PRIVATEKEY="$dir/tls/server.key" \
    ORDERER_ADMIN_TLS_ROOTCAS="[$dir/tls/ca.crt]" ORDERER_ADMIN_TLS_CLIENTAUTHREQUIRED=true \
    ORDERER_ADMIN_TLS_CLIENTROOTCAS="[$dir/tls/ca.crt]" \
    ORDERER_FILELEDGER_LOCATION="$data/ledger" ORDERER_CONSENSUS_WALDIR="$data/etcdraft/wal" \
    ORDERER_CONSENSUS_SNAPDIR="$data/etcdraft/snapshot" \
    ORDERER_OPERATIONS_LISTENADDRESS="$TRELLIS_BIND:$(orderer_ops_port "$i")" ORDERER_METRICS_PROVIDER=prometheus
}

# Peers log every gRPC call and every chaincode execution at INFO, four to five lines a transaction: that
# held the minimal write to 82-86 % of its throughput without them on 2 cores (docs/performance.md).
# Blocks, gossip and errors are still logged.
PEER_LOGGING_SPEC="info:endorser,comm.grpc.server=warning"

peer_env() {
  local org=$1 dir port; dir=$(peer_dir "$org"); port=$(peer_port "$org")
  local data="$FABRIC_DIR/peers/$org"
  echo FABRIC_CFG_PATH="$FABRIC_NET_CONFIG" FABRIC_LOGGING_SPEC="${FABRIC_LOGGING_SPEC:-$PEER_LOGGING_SPEC}" \
    CORE_PEER_ID="$(peer_host "$org")" CORE_PEER_LOCALMSPID="$(org_msp "$org")" CORE_PEER_MSPCONFIGPATH="$dir/msp" \
    CORE_PEER_LISTENADDRESS="$TRELLIS_BIND:$port" CORE_PEER_ADDRESS="$TRELLIS_BIND:$port" \
    CORE_PEER_CHAINCODELISTENADDRESS="$TRELLIS_BIND:$(org_var "$org" CHAINCODE_PORT)" \
    CORE_PEER_CHAINCODEADDRESS="$TRELLIS_BIND:$(org_var "$org" CHAINCODE_PORT)" \
    CORE_PEER_GOSSIP_BOOTSTRAP="$TRELLIS_BIND:$port" CORE_PEER_GOSSIP_EXTERNALENDPOINT="$TRELLIS_BIND:$port" \
    CORE_PEER_TLS_ENABLED=true CORE_PEER_TLS_CERT_FILE="$dir/tls/server.crt" CORE_PEER_TLS_KEY_FILE="$dir/tls/server.key" \
    CORE_PEER_TLS_ROOTCERT_FILE="$dir/tls/ca.crt" \
    CORE_PEER_FILESYSTEMPATH="$data/production" CORE_LEDGER_SNAPSHOTS_ROOTDIR="$data/snapshots" \
    CORE_OPERATIONS_LISTENADDRESS="$TRELLIS_BIND:$(org_var "$org" OPS_PORT)" CORE_METRICS_PROVIDER=prometheus \
    CORE_CHAINCODE_MODE=net
}

# The environment of the peer CLI acting as ORG's admin against ORG's peer.
peer_admin_env() {
  local org=$1
  echo FABRIC_CFG_PATH="$FABRIC_NET_CONFIG" FABRIC_LOGGING_SPEC=WARNING CORE_PEER_LOCALMSPID="$(org_msp "$org")" \
    CORE_PEER_MSPCONFIGPATH="$(org_admin_msp "$org")" CORE_PEER_ADDRESS="$TRELLIS_BIND:$(peer_port "$org")" \
    CORE_PEER_TLS_ENABLED=true CORE_PEER_TLS_ROOTCERT_FILE="$(peer_dir "$org")/tls/ca.crt"
}
# peer_as ORG ARGS...: runs the peer CLI as ORG's admin.
peer_as() { local org=$1; shift; env $(peer_admin_env "$org") "$FABRIC_BIN_DIR/peer" "$@"; }
orderer_flags() { echo -o "$TRELLIS_BIND:$(orderer_port 0)" --tls --cafile "$(orderer_tls_ca)"; }

fabric_start_nodes() {
  local i org
  for i in $(orderer_indexes); do
    is_running "orderer$i" && continue
    mkdir -p "$FABRIC_DIR/orderers/orderer$i"
    # shellcheck disable=SC2046
    start_process "orderer$i" env $(orderer_env "$i") "$FABRIC_BIN_DIR/orderer"
  done
  for org in "${PEER_ORGS[@]}"; do
    is_running "peer-$org" && continue
    mkdir -p "$FABRIC_DIR/peers/$org"
    # shellcheck disable=SC2046
    start_process "peer-$org" env $(peer_env "$org") "$FABRIC_BIN_DIR/peer" node start
  done
  for i in $(orderer_indexes); do
    await_healthy "orderer$i" 60 http_ok "http://$TRELLIS_BIND:$(orderer_ops_port "$i")/healthz"
  done
  for org in "${PEER_ORGS[@]}"; do
    await_healthy "peer-$org" 60 http_ok "http://$TRELLIS_BIND:$(org_var "$org" OPS_PORT)/healthz"
  done
}

fabric_stop_nodes() {
  local org i
  for org in "${PEER_ORGS[@]}"; do stop_process "peer-$org" 20; done
  for i in 0 1 2; do stop_process "orderer$i" 20; done
}

# metric_value URL NAME LABEL: the value of a Prometheus sample whose name and labels match.
metric_value() { curl -fsS --max-time 3 "$1/metrics" 2>/dev/null | awk -v n="$2" -v l="$3" 'index($0, n "{") == 1 && index($0, l) { print $2; exit }'; }
