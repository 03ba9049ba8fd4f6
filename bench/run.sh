#!/usr/bin/env bash
# ./trellis bench [--clients N] [--seconds S] [--warmup S] [--out FILE]
# Runs the benchmark against the running Fabric network; results go to bench/results/ as JSON.
set -euo pipefail
TRELLIS_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=../stack/lib/common.sh
. "$TRELLIS_ROOT/stack/lib/common.sh"
# shellcheck source=../fabric-network/fabric.sh
. "$TRELLIS_ROOT/fabric-network/fabric.sh"

require_jdk21
if ! reason=$(fabric_status); then
  die "the benchmark needs the Fabric network, which is not up: $reason"
fi
jar="$TRELLIS_ROOT/bench/target/trellis-bench.jar"
[ -f "$jar" ] || mvnw -ntp package -DskipTests -pl bench -am || die "bench: build failed"
cd "$TRELLIS_ROOT"
exec "$JAVA_HOME/bin/java" -Xmx1g -jar "$jar" "$@"
