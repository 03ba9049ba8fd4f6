#!/usr/bin/env bash
# Validates the Helm charts under helm/: lint every chart, render the umbrella chart with its default values, with
# a production-like values file (trellis/ci-values.yaml), and with it under each organisation's file
# (trellis/values-platform.yaml, values-bank.yaml, values-securities.yaml: one release per organisation), check the
# rendered manifests for the invariants that matter (check_manifests.py), and check that the charts refuse what
# would break at run time or weaken the secure defaults.
#
# helm is built once, from the Go module proxy, into $TRELLIS_TOOLS/helm-<version>/ (a few minutes the first
# time). TRELLIS_TOOLS comes from the environment, else from stack/trellis.env, else <repo>/.trellis/tools.
# Prints one PASS/FAIL line per check and, last, "helm: N passed, M failed"; exits non-zero if any failed.
set -uo pipefail

HELM_VERSION=v3.19.0
HELM_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_ROOT=$(dirname "$HELM_ROOT")
CHARTS=(trellis-common scf-service abs-service ledger-events settlement-service chaincode ui-api)   # in dependency order; the umbrella comes last
UMBRELLA=trellis

if [ -z "${TRELLIS_TOOLS:-}" ] && [ -f "$REPO_ROOT/stack/trellis.env" ]; then
  # In a subshell: only TRELLIS_TOOLS is taken from it.
  TRELLIS_TOOLS=$(TRELLIS_ROOT=$REPO_ROOT bash -c '. "$TRELLIS_ROOT/stack/trellis.env" && echo "$TRELLIS_TOOLS"')
fi
TRELLIS_TOOLS=${TRELLIS_TOOLS:-${XDG_CACHE_HOME:-$HOME/.cache}/trellis/tools}
HELM_HOME=$TRELLIS_TOOLS/helm-$HELM_VERSION
HELM=$HELM_HOME/helm
# Keep helm's own cache and settings beside it, not in the user's home.
export HELM_CACHE_HOME=$HELM_HOME/cache HELM_CONFIG_HOME=$HELM_HOME/config HELM_DATA_HOME=$HELM_HOME/data

passed=0
failed=0
pass() { passed=$((passed + 1)); echo "PASS $*"; }
fail() { failed=$((failed + 1)); echo "FAIL $*"; }
finish() {
  echo "helm: $passed passed, $failed failed"
  [ "$failed" -eq 0 ]
  exit
}
# check WHAT CMD...: one check; on failure shows the command's output.
check() {
  local what=$1 out
  shift
  if out=$("$@" 2>&1); then pass "$what"; else fail "$what"; sed 's/^/    /' <<<"$out" | tail -n 30; fi
}
# refuses WHAT MESSAGE CMD...: a check that CMD fails (a render the charts must reject) saying MESSAGE.
refuses() {
  local what=$1 message=$2 out
  shift 2
  if out=$("$@" 2>&1); then
    fail "$what (it rendered)"
  elif grep -qF -- "$message" <<<"$out"; then
    pass "$what"
  else
    fail "$what (failed for another reason)"
    sed 's/^/    /' <<<"$out" | tail -n 5
  fi
}

build_helm() {
  local started=$SECONDS staging=$HELM_HOME.partial log count=0 line
  if ! command -v go >/dev/null; then
    echo "helm: go is not on PATH; it is needed once, to build helm $HELM_VERSION"
    return 1
  fi
  echo "helm: building helm $HELM_VERSION into $HELM_HOME (first run only; takes a few minutes)"
  rm -rf "$staging" && mkdir -p "$staging"
  log=$staging/build.log
  # -v names each package as it is compiled: shown as a running count.
  GOBIN=$staging GOFLAGS=-buildvcs=false go install -v \
    -ldflags "-X helm.sh/helm/v3/internal/version.version=$HELM_VERSION" \
    "helm.sh/helm/v3/cmd/helm@$HELM_VERSION" 2>&1 | tee "$log" | while IFS= read -r line; do
      count=$((count + 1))
      if [ $((count % 100)) -eq 0 ]; then echo "helm:   $count packages built ($((SECONDS - started))s)"; fi
    done
  if [ ! -x "$staging/helm" ]; then
    tail -n 20 "$log"
    return 1
  fi
  mkdir -p "$HELM_HOME" && mv "$staging/helm" "$HELM" && rm -rf "$staging"
  echo "helm: built in $((SECONDS - started))s"
}

# Every subchart's `global` defaults (there so the chart renders alone) must equal the umbrella's.
globals_in_step() {
  python3 - "$HELM_ROOT" "$UMBRELLA" "${CHARTS[@]:1}" <<'EOF'
import sys, yaml
root, umbrella, charts = sys.argv[1], sys.argv[2], sys.argv[3:]
def load(chart):
    with open(f"{root}/{chart}/values.yaml") as f:
        return (yaml.safe_load(f) or {}).get("global", {})
def diff(sub, top, path):
    if isinstance(sub, dict) and isinstance(top, dict):
        return [d for k in sub for d in (diff(sub[k], top[k], f"{path}.{k}") if k in top else [f"{path}.{k} is not in the umbrella"])]
    return [] if sub == top else [f"{path}: {sub!r} here, {top!r} in the umbrella"]
top = load(umbrella)
problems = [f"{c}: {d}" for c in charts for d in diff(load(c), top, "global")]
print("\n".join(problems))
sys.exit(1 if problems else 0)
EOF
}

# --- helm itself
if [ ! -x "$HELM" ] && ! build_helm; then
  fail "build helm $HELM_VERSION"
  finish
fi
pass "helm $HELM_VERSION at $HELM"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# --- dependencies (local charts, packaged into each chart's charts/), then lint
for chart in "${CHARTS[@]:1}" "$UMBRELLA"; do
  check "dependency update $chart" "$HELM" dependency update --skip-refresh "$HELM_ROOT/$chart"
done
for chart in "${CHARTS[@]}" "$UMBRELLA"; do
  check "lint --strict $chart" "$HELM" lint --strict "$HELM_ROOT/$chart"
done
check "lint --strict $UMBRELLA with ci-values.yaml" \
  "$HELM" lint --strict "$HELM_ROOT/$UMBRELLA" -f "$HELM_ROOT/$UMBRELLA/ci-values.yaml"
ORGS=(platform bank securities)
for org in "${ORGS[@]}"; do
  check "lint --strict $UMBRELLA with ci-values.yaml and values-$org.yaml" "$HELM" lint --strict "$HELM_ROOT/$UMBRELLA" \
    -f "$HELM_ROOT/$UMBRELLA/ci-values.yaml" -f "$HELM_ROOT/$UMBRELLA/values-$org.yaml"
done
check "subcharts' global defaults equal the umbrella's" globals_in_step

# --- render and check the manifests
render() { "$HELM" template trellis "$HELM_ROOT/$UMBRELLA" --namespace trellis "$@"; }
for setup in default ci "${ORGS[@]}"; do
  args=()
  [ "$setup" != default ] && args=(-f "$HELM_ROOT/$UMBRELLA/ci-values.yaml")
  [ -f "$HELM_ROOT/$UMBRELLA/values-$setup.yaml" ] && args+=(-f "$HELM_ROOT/$UMBRELLA/values-$setup.yaml")
  if render "${args[@]}" >"$work/$setup.yaml" 2>"$work/$setup.err"; then
    pass "template $UMBRELLA with $setup values"
    while IFS= read -r line; do
      case $line in
        PASS*) passed=$((passed + 1)) ;;
        FAIL*) failed=$((failed + 1)) ;;
      esac
      echo "$line"
    done < <(python3 "$HELM_ROOT/check_manifests.py" "$setup" "$work/$setup.yaml" "$REPO_ROOT" 2>&1
      [ $? -le 2 ] || echo "FAIL $setup: check_manifests.py did not run")
  else
    fail "template $UMBRELLA with $setup values"
    sed 's/^/    /' "$work/$setup.err"
  fi
done

# --- what the charts must refuse
refuses "refuses an MSP id the services' defaults do not name (its env key would lose its case)" \
  'unknown MSP id "platformmsp"' render --set global.organisation=platformmsp
refuses "refuses an organisation the services do not know" 'unknown MSP id "OtherMSP"' \
  render --set global.organisation=OtherMSP
refuses "refuses Kafka without TLS and SASL" 'over SASL_SSL only' render --set global.kafka.securityProtocol=PLAINTEXT
refuses "refuses Kafka SASL without TLS" 'over SASL_SSL only' render --set global.kafka.securityProtocol=SASL_PLAINTEXT
refuses "refuses a Kafka login other than SCRAM" 'SCRAM-SHA-512 or SCRAM-SHA-256' render --set global.kafka.saslMechanism=PLAIN
refuses "refuses Keycloak over http" 'must be reached over https' render --set global.keycloak.url=http://keycloak:8080
refuses "refuses the Fabric CA over http" 'reached over https only' render --set global.fabric.ca.url=http://ca:7054
refuses "refuses a service's HTTPS without its certificate" 'tls.existingSecret is required' \
  render --set scf-service.tls.existingSecret=
refuses "refuses two scf-service replicas on a ReadWriteOnce wallet" 'needs wallet.persistence.accessMode ReadWriteMany' \
  render --set scf-service.replicaCount=2
refuses "refuses a desk without its idempotency fingerprint key (scf-service)" 'idempotency.existingSecret is required' \
  render --set scf-service.idempotency.existingSecret=
refuses "refuses a desk without its idempotency fingerprint key (abs-service)" 'idempotency.existingSecret is required' \
  render --set abs-service.idempotency.existingSecret=
refuses "refuses abs-service in scf-service's consumer group" 'read the events in one consumer group' \
  render --set abs-service.kafka.groupId=trellis-scf-service
refuses "refuses a chaincode package id that is not label:sha256" 'is not a chaincode package id' \
  render --set chaincode.packageId=trellis
refuses "refuses a chaincode NetworkPolicy that admits everyone" 'would admit every source' \
  render --set chaincode.networkPolicy.from=null
refuses "refuses an image tagged latest" 'pin a version' render --set ledger-events.image.tag=latest
refuses "refuses mutual TLS for the chaincode without its TLS Secret" 'tls.mutual needs tls.existingSecret' \
  render --set chaincode.tls.existingSecret=
refuses "refuses a portal without its session keys (it would use the local stack's)" 'session.existingSecret is required' \
  render --set ui-api.session.existingSecret=
refuses "refuses the portal calling a service over http (it sends the user's token)" 'over https only' \
  render --set ui-api.backends.scf.url=http://scf-service:8081
refuses "refuses a portal NetworkPolicy that no browser could pass" 'must name the ingress controller' \
  render --set ui-api.networkPolicy.from=null

finish
