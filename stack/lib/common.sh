# Shared helpers for ./trellis and the component scripts. Sourced, never executed.
# A component script defines <name>_install, <name>_start, <name>_stop and <name>_status.

TRELLIS_ROOT="${TRELLIS_ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}"
export TRELLIS_ROOT
# shellcheck source=../trellis.env
. "$TRELLIS_ROOT/stack/trellis.env"

log()  { printf '\033[1;34m[trellis]\033[0m %s\n' "$*" >&2; }
warn() { printf '\033[1;33m[trellis]\033[0m %s\n' "$*" >&2; }
die()  { printf '\033[1;31m[trellis]\033[0m %s\n' "$*" >&2; exit 1; }

ensure_dirs() { mkdir -p "$TRELLIS_TOOLS" "$TRELLIS_DATA" "$TRELLIS_LOGS" "$TRELLIS_RUN"; }

# Finds a JDK 21 or newer and exports JAVA_HOME; stops with a clear message when there is none.
java_major() { "$1/bin/java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2; exit}'; }
require_jdk21() {
  local candidate major
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/* "$(dirname "$(dirname "$(readlink -f "$(command -v java 2>/dev/null || echo /nonexistent)")")")"; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/javac" ] || continue
    major=$(java_major "$candidate")
    if [ -n "$major" ] && [ "${major%%.*}" -ge 21 ] 2>/dev/null; then
      export JAVA_HOME="$candidate" PATH="$candidate/bin:$PATH"
      return 0
    fi
  done
  die "No JDK 21 or newer found (looked at \$JAVA_HOME, /usr/lib/jvm/* and java on PATH). Install one, e.g. a Temurin 21 JDK, and set JAVA_HOME."
}

# apt-get install for missing Debian packages; 'apt-get update' runs once per stack invocation.
APT_UPDATED=""
apt_install() {
  local missing=() pkg
  for pkg in "$@"; do dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  log "installing Debian packages: ${missing[*]}"
  # Under one lock: ./trellis test installs the browser in the background while the stack's components install
  # theirs, and a second apt-get would fail on dpkg's lock instead of waiting.
  ensure_dirs
  local lock=$TRELLIS_RUN/apt.lock
  if [ -z "$APT_UPDATED" ]; then flock "$lock" apt-get update -qq >/dev/null || die "apt-get update failed"; APT_UPDATED=1; fi
  DEBIAN_FRONTEND=noninteractive flock "$lock" apt-get install -y -qq "${missing[@]}" >/dev/null || die "apt-get install ${missing[*]} failed"
}

# Process bookkeeping: one pid file per component under $TRELLIS_RUN.
pid_file() { echo "$TRELLIS_RUN/$1.pid"; }
is_running() {
  local f; f=$(pid_file "$1")
  [ -f "$f" ] && kill -0 "$(cat "$f")" 2>/dev/null
}
# start_process NAME COMMAND... : runs COMMAND in its own session, logs to $TRELLIS_LOGS/NAME.log.
start_process() {
  local name=$1; shift
  ensure_dirs
  setsid "$@" >>"$TRELLIS_LOGS/$name.log" 2>&1 < /dev/null &
  echo $! >"$(pid_file "$name")"
}
# stop_process NAME [GRACE_SECONDS]: TERM the whole process group, KILL after the grace period.
stop_process() {
  local name=$1 grace=${2:-20} f pid i
  f=$(pid_file "$name")
  [ -f "$f" ] || return 0
  pid=$(cat "$f")
  if kill -0 "$pid" 2>/dev/null; then
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null
    for ((i = 0; i < grace * 10; i++)); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -0 "$pid" 2>/dev/null && { warn "$name did not stop in ${grace}s, killing it"; kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid"; }
  fi
  rm -f "$f"
}

# Resident memory in MiB of everything NAME started: its whole process group (a server and its children).
rss_mib() {
  local f; f=$(pid_file "$1")
  [ -f "$f" ] || { echo 0; return; }
  ps -e -o pgid=,rss= | awk -v g="$(cat "$f")" '$1 == g { kb += $2 } END { printf "%d\n", kb / 1024 }'
}

port_open() { (exec 3<>"/dev/tcp/$TRELLIS_BIND/$1") 2>/dev/null; }
# wait_until SECONDS DESCRIPTION COMMAND...: polls COMMAND every half second.
wait_until() {
  local timeout=$1 what=$2 i; shift 2
  for ((i = 0; i < timeout * 2; i++)); do "$@" >/dev/null 2>&1 && return 0; sleep 0.5; done
  return 1
}
http_ok() { curl -fsS -o /dev/null --max-time 3 "$1"; }

# Resolves artifacts from Maven Central through the project's Maven Wrapper.
mvnw() { require_jdk21; "$TRELLIS_ROOT/mvnw" -q -B "$@"; }

# --- Shared by the infrastructure components (stack/postgres.sh, kafka.sh, keycloak.sh) ---

# fail_with_log NAME MESSAGE...: stops with MESSAGE after the tail of NAME's log, so the cause is on screen.
fail_with_log() {
  local name=$1; shift
  tail -n 40 "$TRELLIS_LOGS/$name.log" >&2 2>/dev/null || true
  die "$* (full log: $TRELLIS_LOGS/$name.log)"
}
# await_healthy NAME TIMEOUT CHECK...: polls CHECK; fails fast with the log tail when NAME's process died,
# and after TIMEOUT seconds otherwise.
await_healthy() {
  local name=$1 timeout=$2 t0=$SECONDS; shift 2
  until "$@" >/dev/null 2>&1; do
    is_running "$name" || fail_with_log "$name" "$name exited while starting"
    ((SECONDS - t0 < timeout)) || fail_with_log "$name" "$name not healthy after ${timeout}s"
    sleep 0.5
  done
}
# render_template SRC DEST VAR...: copies SRC to DEST replacing each @VAR@ with the value of $VAR.
render_template() {
  local src=$1 dest=$2 var args=(); shift 2
  for var in "$@"; do args+=(-e "s|@${var}@|${!var}|g"); done
  sed "${args[@]}" "$src" >"$dest.tmp" && mv "$dest.tmp" "$dest"
}
