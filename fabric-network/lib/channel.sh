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
    # osnadmin exits 0 on any HTTP answer; the status line tells whether the orderer has the channel.
    osnadmin_as_admin "$i" list --channelID "$FABRIC_CHANNEL" 2>/dev/null | grep -q '^Status: 200' && continue
    log "fabric: orderer$i joins channel $FABRIC_CHANNEL"
    osnadmin_as_admin "$i" join --channelID "$FABRIC_CHANNEL" --config-block "$FABRIC_CHANNEL_BLOCK" 2>&1 |
      tee -a "$TRELLIS_LOGS/fabric-setup.log" | grep -q '^Status: 201' || fail_with_log fabric-setup "fabric: orderer$i could not join $FABRIC_CHANNEL"
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
