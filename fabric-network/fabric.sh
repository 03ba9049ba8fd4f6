# The Hyperledger Fabric network: binaries built from the Go module proxy at a pinned commit.
#
# Status (see docs/operations.md, "Fabric binaries"): the Go module proxy reachable from this workplace
# refuses every version of github.com/hyperledger/fabric except the v1.4 tags (HTTP 403 "This module
# version is not available"), so the v2.5 binaries cannot be built here. fabric_install tries once per
# run, says exactly what the proxy answered, and leaves the rest of the platform to start without it.

FABRIC_BIN="$TRELLIS_TOOLS/fabric-${FABRIC_COMMIT:0:12}/bin"
FABRIC_MODULE=github.com/hyperledger/fabric
FABRIC_COMMANDS=(peer orderer configtxgen cryptogen osnadmin)
FABRIC_UNAVAILABLE="$TRELLIS_RUN/fabric.unavailable"

fabric_binaries_present() {
  local cmd
  for cmd in "${FABRIC_COMMANDS[@]}"; do [ -x "$FABRIC_BIN/$cmd" ] || return 1; done
}

# Builds the Fabric commands with `go install` into a project-local folder; returns 1 (not fatal) when the
# module cannot be had, with the reason kept for ./trellis status.
fabric_install() {
  fabric_binaries_present && { rm -f "$FABRIC_UNAVAILABLE"; return 0; }
  command -v go >/dev/null 2>&1 || apt_install golang-go
  mkdir -p "$FABRIC_BIN" "$TRELLIS_RUN"
  log "fabric: building ${FABRIC_COMMANDS[*]} from $FABRIC_MODULE@$FABRIC_COMMIT (a first build takes minutes)"
  local packages=() cmd output
  for cmd in "${FABRIC_COMMANDS[@]}"; do packages+=("$FABRIC_MODULE/cmd/$cmd@$FABRIC_COMMIT"); done
  if ! output=$(GOBIN="$FABRIC_BIN" GOFLAGS=-mod=mod go install "${packages[@]}" 2>&1); then
    printf '%s\n' "$output" | grep -m1 -E 'go: |403|not available' >"$FABRIC_UNAVAILABLE" || printf 'go install failed\n' >"$FABRIC_UNAVAILABLE"
    warn "fabric: cannot build the Fabric binaries: $(cat "$FABRIC_UNAVAILABLE")"
    return 1
  fi
  rm -f "$FABRIC_UNAVAILABLE"
}

fabric_start() {
  fabric_binaries_present || return 1
  die "fabric: the binaries are present but the network scripts are not written yet (blocked on the binaries, see docs/operations.md)"
}

fabric_stop() { :; }

fabric_status() {
  if ! fabric_binaries_present; then
    echo "not installed: $(cat "$FABRIC_UNAVAILABLE" 2>/dev/null || echo 'run ./trellis up')"
    return 1
  fi
  echo "binaries in $FABRIC_BIN; network not started"
  return 1
}
