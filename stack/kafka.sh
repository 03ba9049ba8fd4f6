# Kafka 4 in KRaft mode (one process is broker and controller), run from the Maven Central jars listed in
# stack/kafka/pom.xml. Listens on $TRELLIS_BIND:$KAFKA_PORT (clients) and :$KAFKA_CONTROLLER_PORT (quorum).

KAFKA_HOME="$TRELLIS_TOOLS/kafka-$KAFKA_VERSION"
KAFKA_STATE="$TRELLIS_DATA/kafka"
KAFKA_LOG_DIR="$KAFKA_STATE/log"
KAFKA_CONFIG="$KAFKA_STATE/server.properties"
# Fixed, so a wiped log dir is re-formatted into the same cluster; base64url of the 16 bytes "Trellis-local-01".
KAFKA_CLUSTER_ID="VHJlbGxpcy1sb2NhbC0wMQ"
: "${KAFKA_HEAP_OPTS:=-Xms256m -Xmx512m}"
# topic:partitions, all with a single replica.
KAFKA_TOPICS=(trellis.ledger.events:3 trellis.payments.in:3 trellis.payouts.out:3 trellis.payouts.confirmed:3
  trellis.payments.dlq:1)

# kafka_tool MAIN_CLASS ARGS...: a short-lived Kafka command-line tool on a small, quick-starting JVM.
kafka_tool() {
  "$JAVA_HOME/bin/java" -Xmx128m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Dorg.apache.logging.log4j.level=WARN \
    -cp "$KAFKA_HOME/libs/*" "$@"
}
# Admin calls time out quickly so a health probe never hangs.
kafka_admin_config() {
  printf 'request.timeout.ms=5000\ndefault.api.timeout.ms=8000\n' >"$KAFKA_STATE/admin.properties"
}
kafka_topics() {
  kafka_tool org.apache.kafka.tools.TopicCommand --bootstrap-server "$TRELLIS_BIND:$KAFKA_PORT" \
    --command-config "$KAFKA_STATE/admin.properties" "$@"
}

kafka_install() {
  [ -f "$KAFKA_HOME/libs/kafka_2.13-$KAFKA_VERSION.jar" ] && return 0
  log "kafka: fetching Kafka $KAFKA_VERSION jars from Maven Central"
  rm -rf "$KAFKA_HOME.part"
  mvnw -f "$TRELLIS_ROOT/stack/kafka/pom.xml" dependency:copy-dependencies -Dkafka.version="$KAFKA_VERSION" \
    -DincludeScope=runtime -DoutputDirectory="$KAFKA_HOME.part/libs" || die "kafka: fetching jars failed"
  # Renamed only when complete, so an interrupted download is not taken for an install.
  mv "$KAFKA_HOME.part" "$KAFKA_HOME"
}

# Renders the config and formats the storage once (a KRaft log dir must be formatted before first start).
kafka_prepare() {
  mkdir -p "$KAFKA_LOG_DIR"
  render_template "$TRELLIS_ROOT/stack/kafka/server.properties" "$KAFKA_CONFIG" \
    TRELLIS_BIND KAFKA_PORT KAFKA_CONTROLLER_PORT KAFKA_LOG_DIR
  kafka_admin_config
  [ -f "$KAFKA_LOG_DIR/meta.properties" ] && return 0
  log "kafka: formatting storage in $KAFKA_LOG_DIR"
  kafka_tool kafka.tools.StorageTool format --config "$KAFKA_CONFIG" --cluster-id "$KAFKA_CLUSTER_ID" \
    >>"$TRELLIS_LOGS/kafka.log" 2>&1 || fail_with_log kafka "kafka: formatting storage failed"
}

# Health probe: a real broker round trip; keeps the topic list for kafka_ensure_topics.
kafka_list_topics() { kafka_topics --list >"$KAFKA_STATE/topics"; }

# Creates the platform's topics missing from the last listing.
kafka_ensure_topics() {
  local spec
  for spec in "${KAFKA_TOPICS[@]}"; do
    grep -qx "${spec%%:*}" "$KAFKA_STATE/topics" && continue
    log "kafka: creating topic ${spec%%:*} (${spec##*:} partitions)"
    kafka_topics --create --if-not-exists --topic "${spec%%:*}" --partitions "${spec##*:}" --replication-factor 1 \
      >/dev/null || die "kafka: cannot create topic ${spec%%:*}"
  done
}

kafka_start() {
  require_jdk21
  ensure_dirs
  if ! is_running kafka; then
    kafka_prepare
    log "kafka: starting on $TRELLIS_BIND:$KAFKA_PORT"
    # shellcheck disable=SC2086 # the heap options are several words
    start_process kafka "$JAVA_HOME/bin/java" $KAFKA_HEAP_OPTS -XX:+UseG1GC -XX:MaxGCPauseMillis=20 \
      -XX:+ExitOnOutOfMemoryError -Djava.awt.headless=true -Dorg.apache.logging.log4j.level=INFO \
      -cp "$KAFKA_HOME/libs/*" kafka.Kafka "$KAFKA_CONFIG"
  fi
  # The port first (cheap to poll), then an admin request the broker must answer.
  await_healthy kafka 90 port_open "$KAFKA_PORT"
  await_healthy kafka 60 kafka_list_topics
  kafka_ensure_topics
  log "kafka: ready ($TRELLIS_BIND:$KAFKA_PORT pid $(cat "$(pid_file kafka)"))"
}

kafka_stop() { stop_process kafka 30; }

# Healthy when our process runs and the broker answers an admin request.
kafka_status() {
  is_running kafka || { echo "not running"; return 1; }
  local pid; pid=$(cat "$(pid_file kafka)")
  require_jdk21
  port_open "$KAFKA_PORT" && kafka_topics --list >/dev/null 2>&1 ||
    { echo "$TRELLIS_BIND:$KAFKA_PORT not answering (pid $pid)"; return 1; }
  echo "$TRELLIS_BIND:$KAFKA_PORT pid $pid"
}
