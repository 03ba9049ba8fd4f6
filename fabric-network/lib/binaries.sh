# Where the Fabric v2.5.16 binaries come from, first that works:
#   1. a folder named by FABRIC_BIN (its config/ beside it, or FABRIC_CONFIG);
#   2. binaries this machine built or unpacked before, kept outside the clone in $TRELLIS_CACHE;
#   3. the source archive ../shared/fabric/fabric-2.5.16.tar.xz (or FABRIC_SOURCE), sha256-checked, built
#      offline with -mod=vendor;
#   4. the official release archive, sha256-checked (machines with internet only).
# Whatever is used must answer `peer version` with 2.5.16; the origin is kept for ./trellis status.
# A build goes to a temporary folder and is moved into place whole, so nothing is ever half-installed.

FABRIC_VERSION=2.5.16
FABRIC_SOURCE_SHA256=3ec5dfee927c8fb707acdc16c2c96a2738bc5956e81edb8c68d08cb8af7067be
FABRIC_RELEASE_URL="https://github.com/hyperledger/fabric/releases/download/v$FABRIC_VERSION/hyperledger-fabric-linux-amd64-$FABRIC_VERSION.tar.gz"
# As pinned by public setup scripts for this release; not verifiable from this workplace (no internet).
FABRIC_RELEASE_SHA256=18c91e7f2f11b601e6622cc70454d568af897707ee9adf111e9fa91a233881bf
FABRIC_GO_MIN=1.26.4
FABRIC_COMMANDS=(peer orderer configtxgen cryptogen osnadmin configtxlator)
FABRIC_CACHED="$TRELLIS_CACHE/fabric-$FABRIC_VERSION-${FABRIC_COMMIT:0:7}"
FABRIC_ORIGIN_FILE="$TRELLIS_RUN/fabric.origin"

# Set by fabric_locate_binaries: the folder of the commands and the folder of core.yaml / orderer.yaml.
FABRIC_BIN_DIR=""
FABRIC_CONFIG_DIR=""

fabric_commands_in() {
  local dir=$1 cmd
  for cmd in "${FABRIC_COMMANDS[@]}"; do [ -x "$dir/$cmd" ] || return 1; done
}

fabric_version_of() { "$1/peer" version 2>/dev/null | awk '/^ Version:/ {print $2; exit}'; }

# fabric_accept BIN CONFIG ORIGIN: uses BIN/CONFIG when they are complete and of the right version.
fabric_accept() {
  local bin=$1 config=$2 origin=$3 version
  fabric_commands_in "$bin" || { warn "fabric: $bin lacks one of ${FABRIC_COMMANDS[*]}"; return 1; }
  [ -f "$config/core.yaml" ] && [ -f "$config/orderer.yaml" ] || { warn "fabric: no core.yaml/orderer.yaml in $config"; return 1; }
  version=$(fabric_version_of "$bin")
  [ "$version" = "$FABRIC_VERSION" ] || { warn "fabric: $bin/peer is version '${version:-unknown}', not $FABRIC_VERSION"; return 1; }
  FABRIC_BIN_DIR=$bin FABRIC_CONFIG_DIR=$config
  mkdir -p "$TRELLIS_RUN"
  echo "$origin" >"$FABRIC_ORIGIN_FILE"
}

sha256_ok() { printf '%s  %s\n' "$2" "$1" | sha256sum --check --status; }

version_at_least() { [ "$(printf '%s\n%s\n' "$2" "$1" | sort -V | head -n1)" = "$2" ]; }

require_go_for_fabric() {
  command -v go >/dev/null 2>&1 || apt_install golang-go
  command -v go >/dev/null 2>&1 || { warn "fabric: no Go toolchain to build from source (need go $FABRIC_GO_MIN or newer)"; return 1; }
  local have; have=$(go env GOVERSION 2>/dev/null | sed 's/^go//')
  version_at_least "$have" "$FABRIC_GO_MIN" || { warn "fabric: go $have is too old to build Fabric $FABRIC_VERSION (need $FABRIC_GO_MIN or newer)"; return 1; }
}

# Builds the commands from the source archive into the cache; returns 1 with the reason on any failure.
fabric_build_from_source() {
  local archive=$1 work
  [ -f "$archive" ] || return 1
  sha256_ok "$archive" "$FABRIC_SOURCE_SHA256" || { warn "fabric: $archive does not match sha256 $FABRIC_SOURCE_SHA256; not building from it"; return 1; }
  require_go_for_fabric || return 1
  mkdir -p "$TRELLIS_CACHE"
  work=$(mktemp -d "$TRELLIS_CACHE/.fabric-build.XXXXXX")
  log "fabric: building ${FABRIC_COMMANDS[*]} $FABRIC_VERSION from $archive (about 2-4 minutes on 2 cores the first time)"
  local t0=$SECONDS pkgs=() cmd
  for cmd in "${FABRIC_COMMANDS[@]}"; do pkgs+=("./cmd/$cmd"); done
  if ! tar -xJf "$archive" -C "$work" ||
     ! (cd "$work/fabric-$FABRIC_VERSION" && GOFLAGS=-mod=vendor GOTOOLCHAIN=local GOPROXY=off go build -trimpath \
        -ldflags "-X github.com/hyperledger/fabric/common/metadata.Version=$FABRIC_VERSION -X github.com/hyperledger/fabric/common/metadata.CommitSHA=${FABRIC_COMMIT:0:7}" \
        -o "$work/out/bin/" "${pkgs[@]}") >"$work/build.log" 2>&1; then
    tail -n 20 "$work/build.log" >&2
    warn "fabric: building from source failed (log above)"
    rm -rf "$work"; return 1
  fi
  mkdir -p "$work/out/config"
  cp "$work/fabric-$FABRIC_VERSION/sampleconfig/"{core.yaml,orderer.yaml,configtx.yaml} "$work/out/config/"
  local installed=0
  fabric_install_cache "$work/out" "built from $(basename "$archive") (sha256 ok) in $((SECONDS - t0))s" || installed=$?
  rm -rf "$work"
  return "$installed"
}

# Downloads and unpacks the release archive into the cache; returns 1 when it cannot be had or is wrong.
fabric_download_release() {
  local work
  mkdir -p "$TRELLIS_CACHE"
  work=$(mktemp -d "$TRELLIS_CACHE/.fabric-download.XXXXXX")
  log "fabric: downloading the release archive $FABRIC_RELEASE_URL"
  if ! curl -fsSL --max-time 300 -o "$work/fabric.tar.gz" "$FABRIC_RELEASE_URL" 2>"$work/curl.err"; then
    warn "fabric: no source archive and the release archive cannot be downloaded: $(head -c 300 "$work/curl.err")"
    rm -rf "$work"; return 1
  fi
  if ! sha256_ok "$work/fabric.tar.gz" "$FABRIC_RELEASE_SHA256"; then
    warn "fabric: the downloaded release archive does not match sha256 $FABRIC_RELEASE_SHA256; discarded"
    rm -rf "$work"; return 1
  fi
  mkdir -p "$work/out" && tar -xzf "$work/fabric.tar.gz" -C "$work/out" bin config || { rm -rf "$work"; return 1; }
  local installed=0
  fabric_install_cache "$work/out" "release archive $(basename "$FABRIC_RELEASE_URL") (sha256 ok)" || installed=$?
  rm -rf "$work"
  return "$installed"
}

# fabric_install_cache DIR ORIGIN: moves a complete bin/ + config/ into the cache in one rename.
fabric_install_cache() {
  local out=$1 origin=$2
  fabric_commands_in "$out/bin" || { warn "fabric: the build did not produce every command"; return 1; }
  echo "$origin" >"$out/ORIGIN"
  rm -rf "$FABRIC_CACHED.old"
  [ -d "$FABRIC_CACHED" ] && mv "$FABRIC_CACHED" "$FABRIC_CACHED.old"
  mv "$out" "$FABRIC_CACHED"
  rm -rf "$FABRIC_CACHED.old"
}

fabric_default_source() { echo "${FABRIC_SOURCE:-$TRELLIS_ROOT/../shared/fabric/fabric-$FABRIC_VERSION.tar.xz}"; }

# Finds or makes the binaries; sets FABRIC_BIN_DIR and FABRIC_CONFIG_DIR. Returns 1 with the reasons shown.
fabric_locate_binaries() {
  if [ -n "${FABRIC_BIN:-}" ]; then
    fabric_accept "$FABRIC_BIN" "${FABRIC_CONFIG:-$FABRIC_BIN/../config}" "FABRIC_BIN=$FABRIC_BIN" && return 0
    warn "fabric: FABRIC_BIN=$FABRIC_BIN is not usable; trying the other sources"
  fi
  if fabric_commands_in "$FABRIC_CACHED/bin" &&
     fabric_accept "$FABRIC_CACHED/bin" "$FABRIC_CACHED/config" "cache $FABRIC_CACHED: $(cat "$FABRIC_CACHED/ORIGIN" 2>/dev/null)"; then
    return 0
  fi
  local source; source=$(fabric_default_source)
  if [ -f "$source" ]; then
    fabric_build_from_source "$source" &&
      fabric_accept "$FABRIC_CACHED/bin" "$FABRIC_CACHED/config" "cache $FABRIC_CACHED: $(cat "$FABRIC_CACHED/ORIGIN")" && return 0
  else
    warn "fabric: no source archive at $source"
  fi
  fabric_download_release &&
    fabric_accept "$FABRIC_CACHED/bin" "$FABRIC_CACHED/config" "cache $FABRIC_CACHED: $(cat "$FABRIC_CACHED/ORIGIN")" && return 0
  echo "no Fabric $FABRIC_VERSION binaries: no usable FABRIC_BIN, cache, source archive or download (see the warnings above)" >"$TRELLIS_RUN/fabric.unavailable"
  return 1
}
