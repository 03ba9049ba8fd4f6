#!/usr/bin/env bash
# Checks that every process of the local stack listens on loopback only: the processes are those of the pid files
# in $TRELLIS_RUN and everything in their sessions (start_process runs each in its own), their listening TCP and
# UDP sockets come from `ss -ltunp`, and any address outside 127.0.0.0/8 and ::1 (0.0.0.0, ::, a LAN address) fails.
#   stack/check-bind.sh            one line per listening socket, then the verdict
#   stack/check-bind.sh --summary  the verdict only (./trellis status prints it): "listening on 127.0.0.1 only"
# Exits 0 when all is loopback, 1 when a socket is not, 2 when nothing of the stack runs or ss cannot tell.
# Needs root (or the processes' own user) for ss to name the processes of other users (PostgreSQL's).
set -uo pipefail
TRELLIS_ROOT=${TRELLIS_ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}
# shellcheck source=trellis.env
. "$TRELLIS_ROOT/stack/trellis.env"

summary=false
[ "${1:-}" = --summary ] && summary=true
command -v ss >/dev/null || { echo "cannot check the listening addresses: ss (iproute2) is not installed"; exit 2; }

# pid -> component, for every process in the session of a live pid file.
declare -A component=()
for f in "$TRELLIS_RUN"/*.pid; do
  [ -f "$f" ] || continue
  leader=$(cat "$f")
  kill -0 "$leader" 2>/dev/null || continue
  name=$(basename "$f" .pid)
  component[$leader]=$name
  while read -r pid sid; do
    [ "$sid" = "$leader" ] && component[$pid]=$name
  done < <(ps -e -o pid=,sid=)
done
[ ${#component[@]} -gt 0 ] || { echo "nothing of the stack is running (no live pid file in $TRELLIS_RUN)"; exit 2; }

is_loopback() {
  case $1 in
    127.*|\[::1\]|::1|\[::ffff:127.*\]) return 0 ;;
    *) return 1 ;;
  esac
}

sockets=0 exposed=0
declare -A listening=()
# Netid State Recv-Q Send-Q Local:Port Peer:Port Process; the process column names pid=N for each owner.
while read -r netid _ _ _ local _ process; do
  for pid in $(grep -o 'pid=[0-9]*' <<<"$process" | cut -d= -f2 | sort -u); do
    name=${component[$pid]:-}
    [ -n "$name" ] || continue
    address=${local%:*}
    address=${address%%%*}          # an interface suffix (127.0.0.1%lo)
    sockets=$((sockets + 1)); listening[$name]=1
    if is_loopback "$address"; then
      $summary || printf '  %-20s %s %s\n' "$name" "$netid" "$local"
    else
      exposed=$((exposed + 1))
      printf '  %-20s %s %s  NOT LOOPBACK\n' "$name" "$netid" "$local"
    fi
  done
done < <(ss -H -ltunp 2>/dev/null)

if [ "$sockets" -eq 0 ]; then
  echo "cannot tell the stack's listening addresses: ss names none of its processes (run as root)"
  exit 2
fi
if [ "$exposed" -gt 0 ]; then
  echo "listening beyond loopback: $exposed of $sockets sockets of the stack's ${#listening[@]} components"
  exit 1
fi
echo "listening on 127.0.0.1 only ($sockets sockets of ${#listening[@]} components)"
