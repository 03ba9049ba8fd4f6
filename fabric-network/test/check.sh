#!/usr/bin/env bash
# Checks the decisions the Fabric network scripts make (fabric-network/fabric.sh, lib/*.sh and the CCaaS
# builder) in a few seconds, with no server, no build and no download: where the binaries come from and what
# is refused and why, the port and ledger-shape guards, the channel configuration, the chaincode package.
#
# Each check runs in its own subshell with TRELLIS_HOME, TRELLIS_CACHE and TRELLIS_RUN in a mktemp -d folder,
# fake Fabric commands and a fake go, a curl that reaches only file:// and loopback URLs, apt_install
# replaced by a recorder, and stack/lib/common.sh and fabric-network/fabric.sh sourced as ./trellis does. The
# real ~/.cache/trellis, .trellis/ and running processes are never touched.
# Prints one ok/FAIL line per check and, last, "fabric-scripts: N passed, M failed"; exits non-zero if any failed.
set -uo pipefail

REPO_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
WORK=$(mktemp -d "${TMPDIR:-/tmp}/fabric-scripts-check.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
REAL_CURL=$(command -v curl)
# The interpreter itself: a pyenv shim would look for its root under the sandbox's HOME.
PYTHON=$(python3 -c 'import sys; print(sys.executable)')

passed=0
failed=0
# check NAME FUNCTION: runs FUNCTION in a fresh sandbox; prints ok, or FAIL and what the check saw.
check() {
  local name=$1 fn=$2 box
  box=$(mktemp -d "$WORK/check.XXXXXX")
  (enter_sandbox "$box"; "$fn") >"$box.log" 2>&1
  if [ $? -eq 0 ]; then
    passed=$((passed + 1)); echo "ok   $name"
  else
    failed=$((failed + 1)); echo "FAIL $name"
    tail -n 40 "$box.log" | sed 's/^/    /'
  fi
}

# --- inside a check ---------------------------------------------------------------------------------

# run CMD...: runs CMD as ./trellis would (errexit, nounset, pipefail) in a subshell; its output goes to
# $T/out (and to the check's log), its status to $rc. Never call it from an if/&&/|| (errexit would be off).
run() {
  (set -euo pipefail; "$@") >"$T/out" 2>&1
  rc=$?
  echo "\$ $* -> $rc"; sed 's/^/  | /' "$T/out"
}
# must WHAT CMD...: ends the check with "expected WHAT" unless CMD succeeds.
must() {
  local what=$1 said; shift
  said=$("$@" 2>&1) || { echo ">>> expected $what"; [ -z "$said" ] || echo "$said"; exit 1; }
}
not() { ! "$@"; }
ok() { [ "$rc" -eq 0 ]; }
refused() { [ "$rc" -ne 0 ]; }
said() { grep -qF -- "$1" "$T/out"; }
empty_dir() { [ -z "$(ls -A "$1" 2>/dev/null)" ]; }
never_called() { [ ! -s "$T/$1.calls" ] || { cat "$T/$1.calls"; return 1; }; }
file_is() { [ "$(cat "$1" 2>/dev/null)" = "$2" ] || { echo "$1 holds: $(cat "$1" 2>&1)"; return 1; }; }

# locate: fabric_locate_binaries as ./trellis calls it, then what it decided (its variables die with run's subshell).
locate() {
  fabric_locate_binaries
  echo "FABRIC_BIN_DIR=$FABRIC_BIN_DIR"
  echo "FABRIC_CONFIG_DIR=$FABRIC_CONFIG_DIR"
}

# script FILE: stdin becomes the executable FILE, with @T@ replaced by the sandbox folder.
script() { sed -e "s|@T@|$T|g" -e "s|@REAL_CURL@|$REAL_CURL|g" >"$1" && chmod +x "$1"; }

# fake_fabric DIR VERSION [MISSING]: DIR/bin with the five commands (but MISSING) of VERSION, DIR/config beside.
fake_fabric() {
  local dir=$1 version=$2 missing=${3:-} cmd
  mkdir -p "$dir/bin" "$dir/config"
  for cmd in peer orderer configtxgen cryptogen osnadmin configtxlator; do
    [ "$cmd" = "$missing" ] && continue
    sed "s|@VERSION@|$version|" "$T/fabric-command.template" >"$dir/bin/$cmd" && chmod +x "$dir/bin/$cmd"
  done
  printf 'chaincode:\n  externalBuilders: []\nvm:\n  endpoint: unix:///var/run/docker.sock\n' >"$dir/config/core.yaml"
  printf 'General:\n  ListenPort: 7050\n' >"$dir/config/orderer.yaml"
}

# source_archive FILE: a small stand-in for fabric-2.5.16.tar.xz (what the build reads from it).
source_archive() {
  local tree=$T/source-tree/fabric-2.5.16
  mkdir -p "$tree/sampleconfig" "$tree/vendor"
  echo "module github.com/hyperledger/fabric" >"$tree/go.mod"
  for f in core orderer configtx; do echo "# sample $f.yaml" >"$tree/sampleconfig/$f.yaml"; done
  tar -cJf "$1" -C "$T/source-tree" fabric-2.5.16
}
sha256() { sha256sum "$1" | cut -d' ' -f1; }

# free_ports N: N loopback ports nobody listens on right now.
free_ports() {
  "$PYTHON" -c 'import socket, sys
socks = [socket.socket() for _ in range(int(sys.argv[1]))]
for s in socks: s.bind(("127.0.0.1", 0))
print(*[s.getsockname()[1] for s in socks])' "$1"
}

# listen: a TCP listener of this check's own on a free loopback port; sets LISTENER_PID and LISTENER_PORT.
# The port is printed only once the socket listens, so there is no race; it is killed when the check ends.
listen() {
  "$PYTHON" -c 'import socket, time
s = socket.socket(); s.bind(("127.0.0.1", 0)); s.listen(8)
print(s.getsockname()[1], flush=True); time.sleep(60)' >"$T/listener.port" &
  LISTENER_PID=$!
  trap stop_listener EXIT
  local i
  for ((i = 0; i < 50; i++)); do [ -s "$T/listener.port" ] && break; sleep 0.1; done
  LISTENER_PORT=$(head -n 1 "$T/listener.port")
  [ -n "$LISTENER_PORT" ] || { echo "the test listener did not start"; exit 1; }
}

stop_listener() { kill "$LISTENER_PID" 2>/dev/null; wait "$LISTENER_PID" 2>/dev/null || true; }

# path_without_go: PATH minus every folder holding a go command.
path_without_go() {
  local dir kept=() IFS=:
  for dir in $PATH; do [ -x "$dir/go" ] || kept+=("$dir"); done
  echo "${kept[*]}"
}

# enter_sandbox BOX: the environment every check starts from (see the header).
enter_sandbox() {
  T=$1
  # Nothing inherited (./trellis test exports the real TRELLIS_*) may point the scripts at real folders or ports.
  # shellcheck disable=SC2046
  unset $(compgen -v | grep -E '^(TRELLIS_|FABRIC_|ORDERER_|PEER_|CHAINCODE_)' | grep -vx TRELLIS_ROOT)
  export TRELLIS_ROOT=$REPO_ROOT HOME=$T/home XDG_CACHE_HOME=$T/home/.cache
  export TRELLIS_HOME=$T/trellis-home TRELLIS_CACHE=$T/cache TRELLIS_RUN=$T/trellis-home/run
  mkdir -p "$T/bin" "$HOME" "$TRELLIS_RUN"
  # The shared source archive beside the clone is real: a check that wants one makes its own.
  export FABRIC_SOURCE=$T/no-source-archive.tar.xz
  # No network: any proxy-aware client goes to a closed port, and curl itself refuses other hosts.
  export http_proxy=http://127.0.0.1:9 https_proxy=http://127.0.0.1:9 HTTP_PROXY=http://127.0.0.1:9 \
    HTTPS_PROXY=http://127.0.0.1:9 ALL_PROXY=http://127.0.0.1:9 all_proxy=http://127.0.0.1:9
  unset no_proxy NO_PROXY
  script "$T/bin/curl" <<'EOF'
#!/bin/sh
# curl for the checks: records the call; only file:// and loopback URLs reach the real curl.
echo "curl $*" >>"@T@/curl.calls"
for arg do
  case $arg in
    file://*|http://127.0.0.1:*) ;;
    *://*) echo "curl: (7) no network in these checks: $arg" >&2; exit 7 ;;
  esac
done
exec @REAL_CURL@ "$@"
EOF
  # A Fabric command as the release ships it, as far as the scripts look: `peer version`.
  script "$T/fabric-command.template" <<'EOF'
#!/bin/sh
# Stand-in for a Fabric @VERSION@ command: answers `version` as Fabric does; anything else is refused.
if [ "$1" = version ]; then
  printf '%s:\n Version: %s\n Commit SHA: f871cf9\n Go version: go1.25.5\n OS/Arch: linux/amd64\n Chaincode:\n  Base Docker Label: org.hyperledger.fabric\n  Docker Namespace: hyperledger\n\n' "$(basename "$0")" "@VERSION@"
  exit 0
fi
echo "$(basename "$0") $*" >>"@T@/fabric.calls"
exit 1
EOF
  script "$T/bin/go" <<'EOF'
#!/bin/sh
# go for the checks: says FAKE_GO_VERSION; `go build` fails unless FAKE_GO_BUILD is "all" or "all-but-CMD",
# then writes fake commands of the version given in -ldflags.
echo "go $* [GOFLAGS=$GOFLAGS GOPROXY=$GOPROXY GOTOOLCHAIN=$GOTOOLCHAIN in $(pwd)]" >>"@T@/go.calls"
case $1 in
  env) [ "$2" = GOVERSION ] && echo "${FAKE_GO_VERSION:-go1.26.4}"; exit 0 ;;
  build) ;;
  *) exit 2 ;;
esac
[ -n "${FAKE_GO_BUILD:-}" ] || { echo "fake go: these checks never build Fabric" >&2; exit 1; }
out= version= cmds=
while [ $# -gt 0 ]; do
  case $1 in
    -o) out=$2; shift ;;
    -ldflags) version=$(printf '%s\n' "$2" | sed -n 's/.*metadata\.Version=\([^ ]*\).*/\1/p'); shift ;;
    ./cmd/*) cmds="$cmds ${1#./cmd/}" ;;
  esac
  shift
done
mkdir -p "$out"
for cmd in $cmds; do
  [ "$FAKE_GO_BUILD" = "all-but-$cmd" ] && continue
  sed "s|@VERSION@|$version|" "@T@/fabric-command.template" >"$out/$cmd" && chmod +x "$out/$cmd"
done
EOF
  # apt_install is replaced below; should anything reach apt-get anyway, it is recorded and fails.
  printf '#!/bin/sh\necho "apt-get $*" >>"%s/apt-get.calls"; exit 1\n' "$T" | script "$T/bin/apt-get"
  export PATH="$T/bin:$PATH"

  . "$REPO_ROOT/stack/lib/common.sh"
  . "$REPO_ROOT/fabric-network/fabric.sh"
  apt_install() { echo "apt_install $*" >>"$T/apt.calls"; }
  # A closed loopback port: a download attempt fails at once.
  FABRIC_RELEASE_URL="http://127.0.0.1:$(free_ports 1)/hyperledger-fabric-linux-amd64-$FABRIC_VERSION.tar.gz"

  local v
  for v in TRELLIS_HOME TRELLIS_CACHE TRELLIS_TOOLS TRELLIS_DATA TRELLIS_LOGS TRELLIS_RUN FABRIC_DIR FABRIC_CACHED \
    FABRIC_ORIGIN_FILE FABRIC_UNAVAILABLE FABRIC_CC_DIR; do
    [[ ${!v} == "$T"/* ]] || { echo "refusing to run: $v=${!v} is outside the sandbox $T"; exit 1; }
  done
}

# --- the checks -------------------------------------------------------------------------------------

# FABRIC_BIN is the first source: a complete 2.5.16 folder is used as it is, and ./trellis status names it.
fabric_bin_used() {
  fake_fabric "$T/fabric" 2.5.16
  FABRIC_BIN=$T/fabric/bin
  run locate
  must "fabric_locate_binaries to succeed" ok
  must "FABRIC_BIN_DIR to be FABRIC_BIN" said "FABRIC_BIN_DIR=$T/fabric/bin"
  must "the config/ beside it" said "FABRIC_CONFIG_DIR=$T/fabric/bin/../config"
  must "fabric.origin to name FABRIC_BIN" file_is "$TRELLIS_RUN/fabric.origin" "FABRIC_BIN=$T/fabric/bin"
  must "no download" never_called curl
  must "nothing cached" empty_dir "$TRELLIS_CACHE"
}

# Another Fabric version would make other blocks: refused by name, and the next source (the cache) is used.
fabric_bin_wrong_version() {
  fake_fabric "$T/fabric" 2.5.15
  fake_fabric "$FABRIC_CACHED" 2.5.16
  echo "built before" >"$FABRIC_CACHED/ORIGIN"
  FABRIC_BIN=$T/fabric/bin
  run locate
  must "the refusal to name the version" said "$T/fabric/bin/peer is version '2.5.15', not 2.5.16"
  must "FABRIC_BIN to be called not usable" said "FABRIC_BIN=$T/fabric/bin is not usable"
  must "the cache to be used instead" ok
  must "FABRIC_BIN_DIR in the cache" said "FABRIC_BIN_DIR=$FABRIC_CACHED/bin"
  must "fabric.origin to name the cache" file_is "$TRELLIS_RUN/fabric.origin" "cache $FABRIC_CACHED: built before"
}

# A FABRIC_BIN missing a command or its config would fail later, mid-start: refused up front.
fabric_bin_incomplete() {
  fake_fabric "$T/no-osnadmin" 2.5.16 osnadmin
  FABRIC_BIN=$T/no-osnadmin/bin
  run locate
  must "a refusal" refused
  must "the missing command to be named" said "$T/no-osnadmin/bin lacks one of peer orderer configtxgen cryptogen osnadmin configtxlator"
  fake_fabric "$T/no-config" 2.5.16
  rm "$T/no-config/config/orderer.yaml"
  FABRIC_BIN=$T/no-config/bin
  run locate
  must "a refusal" refused
  must "the missing config to be named" said "no core.yaml/orderer.yaml in $T/no-config/bin/../config"
  must "no fabric.origin" not test -e "$TRELLIS_RUN/fabric.origin"
}

# Binaries built before are reused as they are, even with a usable source archive at hand: no rebuild.
cache_used() {
  fake_fabric "$FABRIC_CACHED" 2.5.16
  echo "built from fabric-2.5.16.tar.xz (sha256 ok) in 150s" >"$FABRIC_CACHED/ORIGIN"
  FABRIC_SOURCE=$T/fabric-2.5.16.tar.xz
  source_archive "$FABRIC_SOURCE"
  FABRIC_SOURCE_SHA256=$(sha256 "$FABRIC_SOURCE")
  run locate
  must "success" ok
  must "FABRIC_BIN_DIR in the cache" said "FABRIC_BIN_DIR=$FABRIC_CACHED/bin"
  must "FABRIC_CONFIG_DIR in the cache" said "FABRIC_CONFIG_DIR=$FABRIC_CACHED/config"
  must "fabric.origin to name the cache and how it was made" \
    file_is "$TRELLIS_RUN/fabric.origin" "cache $FABRIC_CACHED: built from fabric-2.5.16.tar.xz (sha256 ok) in 150s"
  must "no build" never_called go
  must "no download" never_called curl
}

# An archive that is not the pinned one is never built, and leaves nothing behind in the cache.
source_sha_mismatch() {
  FABRIC_SOURCE=$T/fabric-2.5.16.tar.xz
  source_archive "$FABRIC_SOURCE"
  run locate
  must "a refusal" refused
  must "the mismatch to be said" said "$FABRIC_SOURCE does not match sha256 $FABRIC_SOURCE_SHA256; not building from it"
  must "no go command run" never_called go
  must "an empty cache (no half-installed folder, no .fabric-build.*)" empty_dir "$TRELLIS_CACHE"
  must "no fabric.origin" not test -e "$TRELLIS_RUN/fabric.origin"
}

# With no source and no network: a quick, explained refusal that fabric_install and ./trellis status pass on.
nothing_to_be_had() {
  local t0=$SECONDS
  run locate
  must "a refusal" refused
  must "within 10 s" test $((SECONDS - t0)) -lt 10
  must "the missing archive to be named" said "no source archive at $FABRIC_SOURCE"
  must "a download attempt, against the overridden URL" grep -qF "$FABRIC_RELEASE_URL" "$T/curl.calls"
  must "the failed download to be said" said "the release archive cannot be downloaded"
  must "fabric.unavailable to explain" grep -q "^no Fabric 2.5.16 binaries: no usable FABRIC_BIN, cache, source archive or download" \
    "$TRELLIS_RUN/fabric.unavailable"
  must "an empty cache" empty_dir "$TRELLIS_CACHE"
  run fabric_install
  must "fabric_install to refuse" refused
  must "fabric_install to pass the reason on" said "fabric: no Fabric 2.5.16 binaries"
  must "no apt_install before the binaries are there" never_called apt
  run fabric_status
  must "fabric_status to say down" refused
  must "fabric_status to say why" said "not installed: no Fabric 2.5.16 binaries"
}

# A too old Go cannot build v2.5.16 (its go.mod wants newer): refused with both versions, nothing attempted.
go_too_old() {
  FABRIC_SOURCE=$T/fabric-2.5.16.tar.xz
  source_archive "$FABRIC_SOURCE"
  FABRIC_SOURCE_SHA256=$(sha256 "$FABRIC_SOURCE")
  export FAKE_GO_VERSION=go1.21.0
  run locate
  must "a refusal" refused
  must "the refusal to name the versions" said "go 1.21.0 is too old to build Fabric 2.5.16 (need 1.26.4 or newer)"
  must "no go build" not grep -q '^go build' "$T/go.calls"
  must "no apt_install (a go is there)" never_called apt
  must "an empty cache" empty_dir "$TRELLIS_CACHE"
}

# No Go at all: golang-go is asked for (through apt_install, replaced here), and if still none, refused.
go_missing() {
  FABRIC_SOURCE=$T/fabric-2.5.16.tar.xz
  source_archive "$FABRIC_SOURCE"
  FABRIC_SOURCE_SHA256=$(sha256 "$FABRIC_SOURCE")
  rm "$T/bin/go"
  PATH=$(path_without_go)
  must "no go on PATH" not command -v go
  run locate
  must "a refusal" refused
  must "golang-go to be asked for" grep -qx "apt_install golang-go" "$T/apt.calls"
  must "the real apt-get never run" never_called apt-get
  must "the missing Go to be said" said "no Go toolchain to build from source (need go 1.26.4 or newer)"
  must "an empty cache" empty_dir "$TRELLIS_CACHE"
}

# A good source archive is built offline (-mod=vendor, no proxy, local toolchain) and moved in whole.
source_build_installed() {
  FABRIC_SOURCE=$T/fabric-2.5.16.tar.xz
  source_archive "$FABRIC_SOURCE"
  FABRIC_SOURCE_SHA256=$(sha256 "$FABRIC_SOURCE")
  export FAKE_GO_BUILD=all
  run locate
  must "success" ok
  must "an offline build in the unpacked source" \
    grep -q "^go build .*\[GOFLAGS=-mod=vendor GOPROXY=off GOTOOLCHAIN=local in $TRELLIS_CACHE/.fabric-build.*/fabric-2.5.16\]$" "$T/go.calls"
  must "FABRIC_BIN_DIR in the cache" said "FABRIC_BIN_DIR=$FABRIC_CACHED/bin"
  must "the sample config copied beside" test -f "$FABRIC_CACHED/config/configtx.yaml"
  must "fabric.origin to say it was built" grep -q "^cache $FABRIC_CACHED: built from fabric-2.5.16.tar.xz (sha256 ok) in [0-9]*s$" \
    "$TRELLIS_RUN/fabric.origin"
  must "only the cache folder left (no .fabric-build.*)" file_is <(ls -A "$TRELLIS_CACHE") "$(basename "$FABRIC_CACHED")"
}

# reports CMD...: CMD's outcome as fabric_locate_binaries sees it (in an if, where errexit does not apply).
reports() { if "$@"; then echo "reported success"; else echo "reported failure"; fi; }

# A build that fails, or makes only some commands, reports failure and leaves the cache as it was.
source_build_fails_cleanly() {
  FABRIC_SOURCE=$T/fabric-2.5.16.tar.xz
  source_archive "$FABRIC_SOURCE"
  FABRIC_SOURCE_SHA256=$(sha256 "$FABRIC_SOURCE")
  run fabric_build_from_source "$FABRIC_SOURCE"
  must "a failed go build to be a failure" refused
  must "it to be said" said "building from source failed"
  must "an empty cache" empty_dir "$TRELLIS_CACHE"
  export FAKE_GO_BUILD=all-but-osnadmin
  run fabric_build_from_source "$FABRIC_SOURCE"
  must "a build without osnadmin to be a failure" refused
  must "it to be said" said "the build did not produce every command"
  must "an empty cache" empty_dir "$TRELLIS_CACHE"
  run reports fabric_build_from_source "$FABRIC_SOURCE"
  must "a build without osnadmin to be reported as a failure to fabric_locate_binaries" said "reported failure"
  must "an empty cache" empty_dir "$TRELLIS_CACHE"
}

# The release archive: one that is not the pinned one is discarded, one without every command is not
# installed, the pinned complete one is unpacked and used.
release_archive() {
  local archive=$T/hyperledger-fabric-linux-amd64-2.5.16.tar.gz pinned=$FABRIC_RELEASE_SHA256
  fake_fabric "$T/release" 2.5.16 osnadmin
  tar -czf "$archive" -C "$T/release" bin config
  FABRIC_RELEASE_URL=file://$archive
  FABRIC_RELEASE_SHA256=$(sha256 "$archive")
  run reports fabric_download_release
  must "an archive without osnadmin to be reported as a failure" said "reported failure"
  must "an empty cache" empty_dir "$TRELLIS_CACHE"
  fake_fabric "$T/release" 2.5.16
  tar -czf "$archive" -C "$T/release" bin config
  FABRIC_RELEASE_SHA256=$pinned
  run locate
  must "a refusal (not the pinned sha256)" refused
  must "the mismatch to be said" said "the downloaded release archive does not match sha256 $FABRIC_RELEASE_SHA256; discarded"
  must "an empty cache" empty_dir "$TRELLIS_CACHE"
  FABRIC_RELEASE_SHA256=$(sha256 "$archive")
  run locate
  must "success" ok
  must "FABRIC_BIN_DIR in the cache" said "FABRIC_BIN_DIR=$FABRIC_CACHED/bin"
  must "fabric.origin to name the release archive" file_is "$TRELLIS_RUN/fabric.origin" \
    "cache $FABRIC_CACHED: release archive hyperledger-fabric-linux-amd64-2.5.16.tar.gz (sha256 ok)"
  must "only the cache folder left (no .fabric-download.*)" file_is <(ls -A "$TRELLIS_CACHE") "$(basename "$FABRIC_CACHED")"
}

# A port of the network held by another program would make a node fail mid-start: refused first, by number.
ports_taken() {
  local ports
  read -r -a ports <<<"$(free_ports 19)"
  ORDERER_PORT=${ports[0]} ORDERER_ADMIN_PORT=${ports[1]} ORDERER_OPS_PORT=${ports[2]}
  PEER_PLATFORM_PORT=${ports[3]} PEER_BANK_PORT=${ports[4]} PEER_SECURITIES_PORT=${ports[5]}
  PEER_PLATFORM_CHAINCODE_PORT=${ports[6]} PEER_BANK_CHAINCODE_PORT=${ports[7]} PEER_SECURITIES_CHAINCODE_PORT=${ports[8]}
  PEER_PLATFORM_OPS_PORT=${ports[9]} PEER_BANK_OPS_PORT=${ports[10]} PEER_SECURITIES_OPS_PORT=${ports[11]}
  CHAINCODE_PORT=${ports[12]}
  FABRIC_CA_PLATFORM_PORT=${ports[13]} FABRIC_CA_BANK_PORT=${ports[14]} FABRIC_CA_SECURITIES_PORT=${ports[15]}
  FABRIC_CA_PLATFORM_OPS_PORT=${ports[16]} FABRIC_CA_BANK_OPS_PORT=${ports[17]} FABRIC_CA_SECURITIES_OPS_PORT=${ports[18]}
  run fabric_check_ports_free
  must "no refusal while every port is free" ok
  listen
  PEER_BANK_OPS_PORT=$LISTENER_PORT
  run fabric_check_ports_free
  must "a refusal" refused
  must "the taken port, and only it, to be named" said "port(s) $LISTENER_PORT on 127.0.0.1 already taken"
  stop_listener
}

# The channel names its consenters: a ledger made with one orderer count cannot be started with another.
shape_guard() {
  TRELLIS_ORDERERS=1
  run fabric_check_shape
  must "a fresh ledger to be accepted" ok
  must "its shape recorded" file_is "$FABRIC_NETWORK_SHAPE" "ORDERERS=1"
  TRELLIS_ORDERERS=3
  run fabric_check_shape
  must "3 orderers on a 1-orderer ledger to be refused" refused
  must "both counts and the way out to be said" said "this ledger was created with 1 orderer(s), TRELLIS_ORDERERS is 3; run ./trellis reset first"
  must "the recorded shape kept" file_is "$FABRIC_NETWORK_SHAPE" "ORDERERS=1"
  TRELLIS_ORDERERS=1
  run fabric_check_shape
  must "the same count to be accepted" ok
}

# configtx_ok FILE ORDERERS: the rendered channel configuration, read as YAML (anchors and merges resolved).
configtx_ok() {
  "$PYTHON" - "$1" "$2" "$ORDERER_PORT" "$FABRIC_CRYPTO" "$PEER_PLATFORM_PORT" "$PEER_BANK_PORT" "$PEER_SECURITIES_PORT" <<'EOF'
import sys, yaml
path, n, orderer_port, crypto = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
peer_ports = dict(zip(["PlatformMSP", "BankMSP", "SecuritiesMSP"], map(int, sys.argv[5:8])))
profile = yaml.safe_load(open(path))["Profiles"]["TrellisChannel"]
problems = []
def expect(what, got, want):
    if got != want: problems.append(f"{what}: {got!r}, expected {want!r}")
orderer, app = profile["Orderer"], profile["Application"]
ports = [orderer_port + 10 * i for i in range(n)]
consenters = orderer["EtcdRaft"]["Consenters"]
expect("consenter ports", [c["Port"] for c in consenters], ports)
expect("consenter certificates", [c["ServerTLSCert"] for c in consenters],
       [f"{crypto}/ordererOrganizations/orderer.trellis.local/orderers/orderer{i}.orderer.trellis.local/tls/server.crt" for i in range(n)])
expect("orderer endpoints", orderer["Organizations"][0]["OrdererEndpoints"], [f"127.0.0.1:{p}" for p in ports])
expect("orderer type", orderer["OrdererType"], "etcdraft")
expect("Endorsement", app["Policies"]["Endorsement"]["Rule"], "MAJORITY Endorsement")
expect("LifecycleEndorsement", app["Policies"]["LifecycleEndorsement"]["Rule"], "MAJORITY Endorsement")
expect("application orgs", [o["Name"] for o in app["Organizations"]], list(peer_ports))
for org in app["Organizations"]:
    expect(f"{org['Name']} anchor peers", org["AnchorPeers"], [{"Host": "127.0.0.1", "Port": peer_ports[org["Name"]]}])
    if not org["MSPDir"].startswith(crypto + "/"): problems.append(f"{org['Name']} MSPDir {org['MSPDir']} not under {crypto}")
print("\n".join(problems))
sys.exit(1 if problems else 0)
EOF
}

# The genesis block is made from this file: Raft consenters and endpoints follow TRELLIS_ORDERERS, endorsement
# is by majority, and every org has its anchor peer (the Gateway's discovery needs them from block 0).
configtx_rendered() {
  FABRIC_CRYPTO=$T/crypto
  local n
  for n in 3 1; do
    TRELLIS_ORDERERS=$n
    run fabric_write_configtx
    must "fabric_write_configtx to succeed ($n orderers)" ok
    cp "$T/out" "$T/configtx-$n.yaml"
    must "the channel configuration for $n orderer(s)" configtx_ok "$T/configtx-$n.yaml" "$n"
  done
}

# package_with_umask MASK SEQUENCE: fabric_chaincode_package under another umask (a shell, user or CI may differ).
package_with_umask() { umask "$1"; fabric_chaincode_package "$2"; }
fake_ca() { printf -- '-----BEGIN CERTIFICATE-----\nMIIBfakeTrellisChaincodeCA\n-----END CERTIFICATE-----\n' >"$1"; }
# fake_chaincode_tls DIR: the chaincode CA and the peers' client pair, as fabric_chaincode_tls leaves them.
fake_chaincode_tls() {
  mkdir -p "$1"
  fake_ca "$1/ca.crt"
  printf -- '-----BEGIN CERTIFICATE-----\nMIIBfakePeerClient\n-----END CERTIFICATE-----\n' >"$1/client.crt"
  printf -- '-----BEGIN PRIVATE KEY-----\nMIGHfakePeerClientKey\n-----END PRIVATE KEY-----\n' >"$1/client.key"
}

# The package id is the package's hash: the same connection.json must give the same bytes, whenever and by
# whomever it is made, or the peers would see a new chaincode.
chaincode_package_reproducible() {
  local side pkg=()
  for side in a b; do fake_chaincode_tls "$T/$side/tls"; done
  FABRIC_CC_DIR=$T/a
  run package_with_umask 022 1
  must "packaging to succeed" ok
  pkg+=("$(tail -n 1 "$T/out")")
  sleep 1   # any clock-dependent byte (a member's mtime, gzip's timestamp) would now differ
  FABRIC_CC_DIR=$T/b
  run package_with_umask 077 1
  must "packaging to succeed" ok
  pkg+=("$(tail -n 1 "$T/out")")
  must "two packages" test "${pkg[0]}" != "${pkg[1]}" -a -f "${pkg[0]}" -a -f "${pkg[1]}"
  must "byte-identical packages" cmp "${pkg[0]}" "${pkg[1]}"
  mkdir -p "$T/unpacked/code" && tar -xzf "${pkg[0]}" -C "$T/unpacked" && tar -xzf "$T/unpacked/code.tar.gz" -C "$T/unpacked/code"
  must "metadata.json of type ccaas, label trellis_1" \
    file_is "$T/unpacked/metadata.json" '{"type":"ccaas","label":"trellis_1"}'
  must "connection.json: the server's address, the CA as its TLS root, mutual TLS with the peers' client pair" "$PYTHON" -c '
import json, sys
c = json.load(open(sys.argv[1])); tls = sys.argv[2]
assert c["address"] == sys.argv[3], c["address"]
assert c["tls_required"] is True and c["root_cert"] == open(tls + "/ca.crt").read(), c
assert c["client_auth_required"] is True, c
assert c["client_cert"] == open(tls + "/client.crt").read() and c["client_key"] == open(tls + "/client.key").read(), c' \
    "$T/unpacked/code/connection.json" "$T/a/tls" "127.0.0.1:$CHAINCODE_PORT"
  FABRIC_CC_STATE=$T/a/deployed.env; echo CC_SEQUENCE=1 >"$FABRIC_CC_STATE"
  must "the server to require client certificates for this package" chaincode_package_mutual_tls
}

# The peers run our builder on the package: it must claim ccaas packages only, and put connection.json where
# Fabric reads it (release: chaincode/server/connection.json).
ccaas_builder() {
  local bin=$REPO_ROOT/fabric-network/ccaas-builder/bin
  must "detect, build and release executable" test -x "$bin/detect" -a -x "$bin/build" -a -x "$bin/release"
  # Laid out as the peer does: metadata.json in the metadata folder, code.tar.gz unpacked in the source folder.
  fake_chaincode_tls "$FABRIC_CC_DIR/tls"
  run fabric_chaincode_package 1
  local src=$T/source meta=$T/metadata other=$T/other-metadata build=$T/build release=$T/release
  mkdir -p "$src" "$meta" "$other" "$build" "$release" "$T/pkg" "$T/empty"
  tar -xzf "$(tail -n 1 "$T/out")" -C "$T/pkg" && mv "$T/pkg/metadata.json" "$meta/" && tar -xzf "$T/pkg/code.tar.gz" -C "$src"
  must "detect to claim our package" "$bin/detect" "$src" "$meta"
  echo '{"type":"java","label":"trellis_1"}' >"$other/metadata.json"
  must "detect to leave a java package to other builders" not "$bin/detect" "$src" "$other"
  must "build to succeed" "$bin/build" "$src" "$meta" "$build"
  must "build to pass connection.json on" cmp "$src/connection.json" "$build/connection.json"
  run "$bin/build" "$T/empty" "$meta" "$T/empty"
  must "build to refuse a package without connection.json" refused
  must "build to say why" said "connection.json missing from the package"
  must "release to succeed" "$bin/release" "$build" "$release"
  must "release to put connection.json in chaincode/server/" cmp "$src/connection.json" "$release/chaincode/server/connection.json"
}

# ./trellis test's closing line adds each check suite's "<suite>: N passed, M failed" to the Surefire counts.
test_totals_adds_suites() {
  eval "$(sed -n '/^test_totals() {/,/^}/p' "$REPO_ROOT/trellis")"
  must "test_totals in ./trellis" declare -F test_totals
  TRELLIS_ROOT=$T/repo   # only our own Surefire report is found
  mkdir -p "$TRELLIS_ROOT/m/target/surefire-reports"
  touch -d '2000-01-01' "$TRELLIS_RUN/test-started"
  echo '<testsuite name="x" tests="5" failures="1" errors="0" skipped="1">' >"$TRELLIS_ROOT/m/target/surefire-reports/TEST-x.xml"
  printf 'PASS lint\nhelm: 30 passed, 1 failed\n' >"$T/helm.log"
  printf 'ok   one\nfabric-scripts: 12 passed, 0 failed\n' >"$T/fabric.log"
  echo 'no closing line' >"$T/other.log"
  run test_totals "$T/helm.log" "$T/fabric.log" "$T/other.log" "$T/missing.log"
  must "success" ok
  must "the sum of the report and both suites" file_is "$T/out" "Total: 45 passed, 2 failed, 1 skipped"
}

# fake_fabric_ca DIR VERSION: DIR with fabric-ca-server and fabric-ca-client answering `version` as VERSION.
fake_fabric_ca() {
  local cmd
  mkdir -p "$1"
  for cmd in fabric-ca-server fabric-ca-client; do
    printf '#!/bin/sh\n[ "$1" = version ] && printf "%%s:\\n Version: %%s\\n" "$(basename "$0")" "%s" && exit 0\nexit 1\n' "$2" >"$1/$cmd"
    chmod +x "$1/$cmd"
  done
}

# Fabric CA binaries: FABRIC_CA_BIN of the pinned version is used, another version is refused by version and the
# cache is used instead, and a complete cache is used without building.
fabric_ca_binaries() {
  fake_fabric_ca "$T/ca-bin" 1.5.21
  FABRIC_CA_BIN=$T/ca-bin
  run fabric_ca_locate_binaries
  must "FABRIC_CA_BIN accepted" ok
  fake_fabric_ca "$T/old-ca" 1.5.7
  fake_fabric_ca "$FABRIC_CA_CACHED/bin" 1.5.21
  FABRIC_CA_BIN=$T/old-ca
  run fabric_ca_locate_binaries
  must "the cache used" ok
  must "the refusal to name the version" said "$T/old-ca/fabric-ca-server is version '1.5.7', not 1.5.21"
  must "no build" never_called go
}

# An organisation's CA home: the CA key and TLS CA key leave the crypto folder for the CA's 0700 home, a 0600
# registrar secret is made once, the configuration says the port, loopback and the registrar; the CA's TLS
# certificate is issued by the organisation's TLS CA for 127.0.0.1.
ca_home_takes_the_keys() {
  ensure_dirs
  local crypto; crypto=$(org_crypto_dir platform)
  mkdir -p "$crypto/ca" "$crypto/tlsca"
  openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -subj /CN=ca -days 1 \
    -keyout "$crypto/ca/priv_sk" -out "$crypto/ca/ca.platform.trellis.local-cert.pem" 2>/dev/null
  openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -subj /CN=tlsca -days 1 \
    -keyout "$crypto/tlsca/priv_sk" -out "$crypto/tlsca/tlsca.platform.trellis.local-cert.pem" 2>/dev/null
  run fabric_ca_ensure_home platform
  must "success" ok
  local home; home=$(ca_home platform)
  must "no key left in the crypto folder" not test -e "$crypto/ca/priv_sk" -o -e "$crypto/tlsca/priv_sk"
  must "the CA's home for its owner only" file_is <(stat -c %a "$home" "$(ca_org_dir platform)" | sort -u) 700
  must "the keys for their owner only" file_is <(stat -c %a "$home/ca-key.pem" "$home/tlsca-key.pem" "$home/tls-key.pem" | sort -u) 600
  must "a 0600 registrar secret" file_is <(stat -c %a "$(ca_registrar_secret_file platform)") 600
  local secret; secret=$(cat "$(ca_registrar_secret_file platform)")
  must "48 hex characters of secret" grep -qxE '[0-9a-f]{48}' "$(ca_registrar_secret_file platform)"
  must "port, loopback, registrar and its secret in the configuration" grep -q "^port: 7054$" "$home/fabric-ca-server-config.yaml"
  must "loopback" grep -q "^address: 127.0.0.1$" "$home/fabric-ca-server-config.yaml"
  must "the registrar" grep -q "name: registrar$" "$home/fabric-ca-server-config.yaml"
  must "its secret" grep -q "pass: $secret$" "$home/fabric-ca-server-config.yaml"
  must "TLS issued by the TLS CA" openssl verify -CAfile "$crypto/tlsca/tlsca.platform.trellis.local-cert.pem" "$home/tls-cert.pem"
  must "TLS for 127.0.0.1" openssl x509 -in "$home/tls-cert.pem" -noout -checkip 127.0.0.1
  run fabric_ca_ensure_home platform
  must "a second run to succeed" ok
  must "the same secret kept" file_is "$(ca_registrar_secret_file platform)" "$secret"
}

check "FABRIC_BIN with complete 2.5.16 binaries is used and named in fabric.origin" fabric_bin_used
check "FABRIC_BIN of another version is refused by version; the cache is used" fabric_bin_wrong_version
check "FABRIC_BIN without a command or without its config is refused" fabric_bin_incomplete
check "binaries in the cache are used without building or downloading" cache_used
check "a source archive with the wrong sha256 is refused and leaves nothing in the cache" source_sha_mismatch
check "no source and no download: refused fast, fabric.unavailable explains" nothing_to_be_had
check "go 1.21.0 is refused with its version and nothing is built" go_too_old
check "no go: golang-go asked for through apt_install, then refused" go_missing
check "a good source archive is built offline and moved into the cache whole" source_build_installed
check "a failed or incomplete build reports failure and leaves nothing in the cache" source_build_fails_cleanly
check "the release archive is used only with the pinned sha256 and every command" release_archive
check "fabric_check_ports_free refuses a taken port and names it" ports_taken
check "fabric_check_shape refuses another orderer count than the ledger's" shape_guard
check "configtx.yaml: consenters, endpoints, MAJORITY endorsement, anchor peers for 3 and 1 orderers" configtx_rendered
check "the chaincode package is byte for byte reproducible" chaincode_package_reproducible
check "the ccaas builder claims ccaas only and puts connection.json where Fabric reads it" ccaas_builder
check "./trellis test_totals adds every check suite's closing line" test_totals_adds_suites
check "Fabric CA binaries: FABRIC_CA_BIN, refused by version, the cache" fabric_ca_binaries
check "a CA home takes the org's CA keys out of the crypto folder, owner-only, with a registrar secret made once" ca_home_takes_the_keys

echo "fabric-scripts: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
