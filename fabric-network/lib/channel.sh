# Channel 'trellis' without a system channel: configtxgen makes its genesis block, every orderer joins it
# through the channel participation API (osnadmin), every peer joins it; then wait until Raft has a leader
# and each peer's gossip knows the other two (the Gateway's discovery needs both).

fabric_genesis_block() {
  [ -f "$FABRIC_CHANNEL_BLOCK" ] && return 0
  mkdir -p "$(dirname "$FABRIC_CHANNEL_BLOCK")"
  "$FABRIC_BIN_DIR/configtxgen" -configPath "$FABRIC_NET_CONFIG" -profile TrellisChannel -channelID "$FABRIC_CHANNEL" \
    -outputBlock "$FABRIC_CHANNEL_BLOCK.tmp" >>"$TRELLIS_LOGS/fabric-setup.log" 2>&1 ||
    fail_with_log fabric-setup "fabric: configtxgen could not make the genesis block"
  mv "$FABRIC_CHANNEL_BLOCK.tmp" "$FABRIC_CHANNEL_BLOCK"
}

osnadmin_as_admin() {
  local i=$1; shift
  local admin="$FABRIC_CRYPTO/ordererOrganizations/$ORDERER_DOMAIN/users/Admin@$ORDERER_DOMAIN/tls"
  "$FABRIC_BIN_DIR/osnadmin" channel "$@" -o "$TRELLIS_BIND:$(orderer_admin_port "$i")" --ca-file "$(orderer_tls_ca)" \
    --client-cert "$admin/client.crt" --client-key "$admin/client.key"
}

raft_has_leader() {
  local i
  for i in $(orderer_indexes); do
    [ "$(metric_value "http://$TRELLIS_BIND:$(orderer_ops_port "$i")" consensus_etcdraft_is_leader "channel=\"$FABRIC_CHANNEL\"")" = 1 ] && return 0
  done
  return 1
}

gossip_complete() {
  local org known
  for org in "${PEER_ORGS[@]}"; do
    known=$(metric_value "http://$TRELLIS_BIND:$(org_var "$org" OPS_PORT)" gossip_membership_total_peers_known "channel=\"$FABRIC_CHANNEL\"")
    [ "${known:-0}" -ge $((${#PEER_ORGS[@]} - 1)) ] || return 1
  done
}

fabric_ensure_channel() {
  local i org t0=$SECONDS
  fabric_genesis_block
  for i in $(orderer_indexes); do
    # osnadmin exits 0 on any HTTP answer; the status line tells whether the orderer has the channel. An orderer
    # just started may not list a channel it is still loading: its join then answers "already exists".
    osnadmin_as_admin "$i" list --channelID "$FABRIC_CHANNEL" 2>/dev/null | grep -q '^Status: 200' && continue
    log "fabric: orderer$i joins channel $FABRIC_CHANNEL"
    osnadmin_as_admin "$i" join --channelID "$FABRIC_CHANNEL" --config-block "$FABRIC_CHANNEL_BLOCK" 2>&1 |
      tee -a "$TRELLIS_LOGS/fabric-setup.log" | grep -q '^Status: 201\|channel already exists' || fail_with_log fabric-setup "fabric: orderer$i could not join $FABRIC_CHANNEL"
  done
  wait_until 60 "a Raft leader" raft_has_leader || fail_with_log orderer0 "fabric: no Raft leader for $FABRIC_CHANNEL after 60s"
  for org in "${PEER_ORGS[@]}"; do
    peer_as "$org" channel list 2>/dev/null | grep -qx "$FABRIC_CHANNEL" && continue
    log "fabric: $(peer_host "$org") joins channel $FABRIC_CHANNEL"
    peer_as "$org" channel join -b "$FABRIC_CHANNEL_BLOCK" >>"$TRELLIS_LOGS/fabric-setup.log" 2>&1 ||
      fail_with_log fabric-setup "fabric: $(peer_host "$org") could not join $FABRIC_CHANNEL"
  done
  wait_until 90 "gossip membership" gossip_complete ||
    fail_with_log "peer-${PEER_ORGS[0]}" "fabric: the peers did not see each other through gossip within 90s"
  log "fabric: channel $FABRIC_CHANNEL ready (Raft leader, every peer sees the others) in $((SECONDS - t0))s"
}

# peer_height ORG: the block height ORG's peer has for the channel.
peer_height() {
  peer_as "$1" channel getinfo -c "$FABRIC_CHANNEL" 2>/dev/null | sed -n 's/.*"height":\([0-9]*\).*/\1/p'
}

# fabric_set_revocation_list ORG CRL_FILE: a channel configuration update that makes CRL_FILE (PEM) the revocation
# list of ORG's MSP, signed by ORG's admin alone (an org's MSP value is governed by its own Admins policy). Returns
# once every peer has the new configuration block, so a revoked certificate is refused from then on.
fabric_set_revocation_list() {
  local org=$1 crl=$2 msp work
  msp=$(org_msp "$org")
  work=$(mktemp -d "$FABRIC_DIR/.config-update.XXXXXX")
  (
    set -e
    cd "$work"
    # shellcheck disable=SC2046
    peer_as "$org" channel fetch config config_block.pb -c "$FABRIC_CHANNEL" $(orderer_flags)
    "$FABRIC_BIN_DIR/configtxlator" proto_decode --input config_block.pb --type common.Block --output config_block.json
    jq -r '.header.number' config_block.json >old_number
    jq '.data.data[0].payload.data.config' config_block.json >config.json
    jq --arg msp "$msp" --arg crl "$(base64 -w0 "$crl")" \
      '.channel_group.groups.Application.groups[$msp].values.MSP.value.config.revocation_list = [$crl]' config.json >modified.json
    "$FABRIC_BIN_DIR/configtxlator" proto_encode --input config.json --type common.Config --output config.pb
    "$FABRIC_BIN_DIR/configtxlator" proto_encode --input modified.json --type common.Config --output modified.pb
    if ! "$FABRIC_BIN_DIR/configtxlator" compute_update --channel_id "$FABRIC_CHANNEL" --original config.pb \
        --updated modified.pb --output update.pb 2>compute.err; then
      grep -q 'no differences detected' compute.err && { touch unchanged; exit 0; }
      cat compute.err >&2; exit 1
    fi
    "$FABRIC_BIN_DIR/configtxlator" proto_decode --input update.pb --type common.ConfigUpdate --output update.json
    jq -n --arg ch "$FABRIC_CHANNEL" --slurpfile update update.json \
      '{payload: {header: {channel_header: {channel_id: $ch, type: 2}}, data: {config_update: $update[0]}}}' >envelope.json
    "$FABRIC_BIN_DIR/configtxlator" proto_encode --input envelope.json --type common.Envelope --output envelope.pb
    # shellcheck disable=SC2046
    peer_as "$org" channel update -f envelope.pb -c "$FABRIC_CHANNEL" $(orderer_flags)
  ) >>"$TRELLIS_LOGS/fabric-setup.log" 2>&1 || { rm -rf "$work"; fail_with_log fabric-setup "fabric: the channel update of $msp's revocation list failed"; }
  if [ -f "$work/unchanged" ]; then
    rm -rf "$work"; log "fabric: $msp's revocation list on $FABRIC_CHANNEL already is this CRL"; return 0
  fi
  # The orderer's newest configuration block is the update once its number has moved; every peer then has to
  # hold it (other transactions may commit in between, so the number is the mark, not the height before).
  config_block_after() {
    # shellcheck disable=SC2046
    peer_as "$org" channel fetch config "$work/new_block.pb" -c "$FABRIC_CHANNEL" $(orderer_flags) >/dev/null 2>&1 &&
      "$FABRIC_BIN_DIR/configtxlator" proto_decode --input "$work/new_block.pb" --type common.Block |
      jq -r '.header.number' >"$work/new_number" && [ "$(cat "$work/new_number")" -gt "$(cat "$work/old_number")" ]
  }
  peers_hold_it() {
    local p
    for p in "${PEER_ORGS[@]}"; do [ "$(peer_height "$p")" -gt "$(cat "$work/new_number")" ] || return 1; done
  }
  wait_until 60 "the configuration block at the orderer" config_block_after &&
    wait_until 60 "the configuration block on every peer" peers_hold_it ||
    { rm -rf "$work"; die "fabric: not every peer has the configuration block with $msp's new revocation list after 60s"; }
  rm -rf "$work"
  log "fabric: $msp's revocation list on $FABRIC_CHANNEL updated (every peer has the configuration block)"
}
