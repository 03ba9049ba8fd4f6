# The Quarkus services, each run from its packaged quarkus-app with the ports of stack/trellis.env.
# A service is (re)built when its package is missing; ./trellis test builds everything before starting.

# name:port-variable[:fabric], in start order. Those marked fabric stream from the network and start only
# when it is up (they would never become ready without it).
TRELLIS_SERVICES=(scf-service:SCF_SERVICE_PORT abs-service:ABS_SERVICE_PORT ledger-events:LEDGER_EVENTS_PORT:fabric
  settlement-service:SETTLEMENT_SERVICE_PORT:fabric)
# The portal (ui-api, a top-level module) is listed once its module exists.
if [ -f "$TRELLIS_ROOT/ui-api/pom.xml" ]; then TRELLIS_SERVICES+=(ui-api:UI_API_PORT); fi
: "${SERVICE_HEAP_OPTS:=-Xms64m -Xmx256m}"
# Local stacks only: the services' business clock is moved by the ISO-8601 duration in this file (absent = real
# time), so tests reach maturity dates without waiting for them. Production deployments never set it.
: "${TRELLIS_FABRIC_CLOCK_OFFSET_FILE:=$TRELLIS_DATA/clock-offset}"
export TRELLIS_FABRIC_CLOCK_OFFSET_FILE
# The overdue job runs on demand here (POST /overdue-runs): the test stories act on past business dates, and an
# hourly run would mark their vouchers OVERDUE mid-story. Deployments keep the hourly default.
: "${TRELLIS_OVERDUE_EVERY:=off}"
export TRELLIS_OVERDUE_EVERY

# A service's module, relative to the repository: services/<name>, else <name> at the top level (ui-api).
service_module() { if [ -d "$TRELLIS_ROOT/services/$1" ]; then echo "services/$1"; else echo "$1"; fi; }
service_jar() { echo "$TRELLIS_ROOT/$(service_module "$1")/target/quarkus-app/quarkus-run.jar"; }
service_port() { local spec=$1 var; var=${spec#*:}; var=${var%%:*}; echo "${!var}"; }
service_needs_fabric() { [[ $1 == *:fabric ]]; }
# The services that can run now: all of them when the network is up, else those that do not need it.
runnable_services() {
  local spec fabric_up=1
  declare -F fabric_status >/dev/null && fabric_status >/dev/null 2>&1 || fabric_up=0
  for spec in "${TRELLIS_SERVICES[@]}"; do
    if service_needs_fabric "$spec" && [ $fabric_up -eq 0 ]; then continue; fi
    echo "$spec"
  done
}
# A build rewrites files anywhere under quarkus-app/ (the runner jar may stay as it was).
service_rebuilt_since_start() {
  [ -n "$(find "$(dirname "$(service_jar "$1")")" -type f -newer "$(pid_file "$1")" -print -quit 2>/dev/null)" ]
}
service_ready() { http_ok "http://$TRELLIS_BIND:$1/q/health/ready"; }

services_install() {
  local spec missing=()
  for spec in "${TRELLIS_SERVICES[@]}"; do
    [ -f "$(service_jar "${spec%%:*}")" ] || missing+=("$(service_module "${spec%%:*}")")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  log "services: building ${missing[*]}"
  mvnw -ntp package -DskipTests -pl "$(IFS=,; echo "${missing[*]}")" -am || die "services: build failed"
}

# Every runnable service is started first and then awaited: the JVMs boot side by side, and the waits for
# Kafka, Keycloak and the Fabric gateway overlap instead of adding up.
services_start() {
  local spec name port runnable starting=() failed=()
  require_jdk21
  # Captured first: grep -q closing a pipe early would fail the producer (pipefail) and skip a service.
  runnable=$(runnable_services)
  for spec in "${TRELLIS_SERVICES[@]}"; do
    name=${spec%%:*}
    if ! grep -qx "$spec" <<<"$runnable"; then log "services: $name waits for the Fabric network"; continue; fi
    port=$(service_port "$spec")
    if is_running "$name" && service_rebuilt_since_start "$name"; then
      log "services: $name was rebuilt since it started; restarting it"
      stop_process "$name" 30
    fi
    is_running "$name" && service_ready "$port" && continue
    log "services: starting $name on http://$TRELLIS_BIND:$port"
    # shellcheck disable=SC2086
    start_process "$name" "$JAVA_HOME/bin/java" $SERVICE_HEAP_OPTS -jar "$(service_jar "$name")"
    starting+=("$spec")
  done
  # Each awaited in a subshell: a service that fails shows its log tail and the others are still awaited, so
  # one run names every service that did not come up.
  for spec in "${starting[@]}"; do
    (await_healthy "${spec%%:*}" 120 service_ready "$(service_port "$spec")") || failed+=("${spec%%:*}")
  done
  [ ${#failed[@]} -eq 0 ] || die "services: not started: ${failed[*]} (logs: $TRELLIS_LOGS/<name>.log)"
}

services_stop() {
  local i
  for ((i = ${#TRELLIS_SERVICES[@]} - 1; i >= 0; i--)); do stop_process "${TRELLIS_SERVICES[$i]%%:*}" 30; done
}

services_status() {
  local spec name port up=() down=() stale=()
  for spec in $(runnable_services); do
    name=${spec%%:*}; port=$(service_port "$spec")
    if ! is_running "$name" || ! service_ready "$port"; then down+=("$name")
    elif service_rebuilt_since_start "$name"; then stale+=("$name")
    else up+=("$name :$port"); fi
  done
  # A service running older code than its build is not what the tests are about to test: up restarts it.
  echo "${up[*]:+up: ${up[*]}}${down[*]:+ down: ${down[*]}}${stale[*]:+ rebuilt since started: ${stale[*]}}"
  [ ${#down[@]} -eq 0 ] && [ ${#stale[@]} -eq 0 ]
}
