# The Hyperledger Fabric network as native processes: one Raft orderer (or three with TRELLIS_ORDERERS=3),
# one peer for each of PlatformMSP, BankMSP and SecuritiesMSP, TLS everywhere, channel 'trellis', and the
# chaincode 'trellis' run as a service. Sourced by ./trellis; see docs/operations.md, "The Fabric network".

# shellcheck source=lib/binaries.sh
. "$TRELLIS_ROOT/fabric-network/lib/binaries.sh"
# shellcheck source=lib/network.sh
. "$TRELLIS_ROOT/fabric-network/lib/network.sh"
# shellcheck source=lib/channel.sh
. "$TRELLIS_ROOT/fabric-network/lib/channel.sh"
# shellcheck source=lib/chaincode.sh
. "$TRELLIS_ROOT/fabric-network/lib/chaincode.sh"
# shellcheck source=lib/ca.sh
. "$TRELLIS_ROOT/fabric-network/lib/ca.sh"

FABRIC_UNAVAILABLE="$TRELLIS_RUN/fabric.unavailable"

fabric_install() {
  mkdir -p "$TRELLIS_RUN"
  fabric_locate_binaries || { warn "fabric: $(cat "$FABRIC_UNAVAILABLE")"; return 1; }
  fabric_ca_locate_binaries || { warn "fabric: $(cat "$FABRIC_UNAVAILABLE")"; return 1; }
  rm -f "$FABRIC_UNAVAILABLE"
  apt_install openssl jq
}

# A ledger made with another orderer count cannot be reused: its channel names other consenters.
fabric_check_shape() {
  if [ -f "$FABRIC_NETWORK_SHAPE" ]; then
    local made; made=$(sed -n 's/^ORDERERS=//p' "$FABRIC_NETWORK_SHAPE")
    [ "$made" = "$TRELLIS_ORDERERS" ] ||
      die "fabric: this ledger was created with $made orderer(s), TRELLIS_ORDERERS is $TRELLIS_ORDERERS; run ./trellis reset first"
  else
    mkdir -p "$FABRIC_DIR"; echo "ORDERERS=$TRELLIS_ORDERERS" >"$FABRIC_NETWORK_SHAPE"
  fi
}

fabric_check_ports_free() {
  local port taken=()
  for port in $(fabric_ports); do port_open "$port" && taken+=("$port"); done
  [ ${#taken[@]} -eq 0 ] || die "fabric: port(s) ${taken[*]} on $TRELLIS_BIND already taken by another program; free them or change stack/trellis.env"
}

fabric_start() {
  local t0=$SECONDS
  [ -n "$FABRIC_BIN_DIR" ] || fabric_locate_binaries || return 1
  fabric_any_running || fabric_check_ports_free
  fabric_check_shape
  fabric_ensure_crypto
  fabric_ca_start
  fabric_render_node_config
  fabric_start_nodes
  fabric_ensure_channel
  fabric_chaincode_tls
  fabric_chaincode_deploy "$(chaincode_state CC_SEQUENCE || true)"
  fabric_start_chaincode_server
  wait_until 60 "the chaincode" fabric_chaincode_answers || fail_with_log chaincode "fabric: the chaincode does not answer through the peers"
  log "fabric: network and chaincode ready in $((SECONDS - t0))s"
}

fabric_process_names() { echo orderer0 orderer1 orderer2 "${PEER_ORGS[@]/#/ca-}" "${PEER_ORGS[@]/#/peer-}" chaincode; }

fabric_any_running() {
  local name
  for name in $(fabric_process_names); do is_running "$name" && return 0; done
  return 1
}

fabric_stop() {
  stop_process chaincode 20
  fabric_stop_nodes
  fabric_ca_stop
}

fabric_status() {
  if [ -f "$FABRIC_UNAVAILABLE" ] && [ ! -f "$FABRIC_ORIGIN_FILE" ]; then
    echo "not installed: $(cat "$FABRIC_UNAVAILABLE")"; return 1
  fi
  local down=() name
  for name in $(orderer_indexes | sed 's/^/orderer/') $(printf 'ca-%s peer-%s ' "${PEER_ORGS[@]}" "${PEER_ORGS[@]}") chaincode; do
    is_running "$name" || down+=("$name")
  done
  local where="orderer :$ORDERER_PORT, CAs :$FABRIC_CA_PLATFORM_PORT :$FABRIC_CA_BANK_PORT :$FABRIC_CA_SECURITIES_PORT (TLS), peers :$PEER_PLATFORM_PORT :$PEER_BANK_PORT :$PEER_SECURITIES_PORT, chaincode :$CHAINCODE_PORT (sequence $(chaincode_state CC_SEQUENCE))"
  local origin="binaries: $(cat "$FABRIC_ORIGIN_FILE" 2>/dev/null || echo unknown)"
  if [ ${#down[@]} -gt 0 ]; then echo "not running: ${down[*]}; $origin"; return 1; fi
  echo "$where; $origin"
}
