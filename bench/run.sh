#!/usr/bin/env bash
# ./trellis bench [--clients 4,32,64,128] [--workloads heartbeat,register-party,transfer-voucher,transfer-voucher-rest,apply-financing,settle-notices]
#                 [--warmup 5] [--seconds 15] [--settle 60] [--prime 20] [--suppliers 8] [--notices 500] [--out FILE] [--doc FILE | --no-doc]
# ./trellis bench stress [--warmup 5] [--runs 20] [--out FILE] [--doc FILE | --no-doc]
# Runs the benchmark against the running platform: JSON on stdout and in bench/results/, figures in
# docs/performance.md. BENCH_JAVA_OPTS replaces the load client's JVM options. "stress" times the ABS stress test
# instead: no network needed.
set -euo pipefail
TRELLIS_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# common.sh first: it reads stack/trellis.env, whose paths fabric.sh builds on.
# shellcheck source=../stack/lib/common.sh
. "$TRELLIS_ROOT/stack/lib/common.sh"
# shellcheck source=../fabric-network/fabric.sh
. "$TRELLIS_ROOT/fabric-network/fabric.sh"

require_jdk21
if [[ " $* " != *" --help "* && ${1:-} != stress ]] && ! reason=$(fabric_status); then
  die "the benchmark needs the Fabric network, which is not up: $reason"
fi

# Rebuilt whenever a source it is made of is newer than the jar, so a run never measures stale code.
jar="$TRELLIS_ROOT/bench/target/trellis-bench.jar"
stale() {
  [ ! -f "$jar" ] && return 0
  [ -n "$(find "$TRELLIS_ROOT/bench" "$TRELLIS_ROOT/services/ledger-client" "$TRELLIS_ROOT/chaincode/api" \
    "$TRELLIS_ROOT/chaincode/abs-rules" \
    -name target -prune -o -type f \( -name '*.java' -o -name pom.xml -o -name '*.properties' \) -newer "$jar" -print -quit)" ]
}
if stale; then
  log "bench: building the load client"
  mvnw -ntp package -DskipTests -pl bench -am || die "bench: build failed"
fi

cd "$TRELLIS_ROOT"
# shellcheck disable=SC2086
exec "$JAVA_HOME/bin/java" ${BENCH_JAVA_OPTS:--Xms256m -Xmx1g} --enable-native-access=ALL-UNNAMED \
  -Djava.util.logging.manager=org.jboss.logmanager.LogManager -jar "$jar" "$@"
