#!/usr/bin/env python3
"""Checks the invariants of a rendered Trellis release (the output of `helm template helm/trellis`).

Usage: check_manifests.py LABEL MANIFESTS.yaml REPO_ROOT

Prints one line per check, `PASS LABEL: what` or `FAIL LABEL: what: why`; exits 1 when a check failed, 2 when
the manifests could not be checked at all.
The env names are checked against the services' own configuration files under REPO_ROOT, so renaming a property
there without following it here fails.
"""
import re
import sys
from pathlib import Path

import yaml

QUARKUS_SERVICES = ("scf-service", "abs-service", "ledger-events", "settlement-service")
# The web portal: a Quarkus web-app over HTTPS like the services, but with no ledger, Kafka or database of its own.
PORTAL = "ui-api"
HTTPS_SERVICES = QUARKUS_SERVICES + (PORTAL,)
WORKLOADS = QUARKUS_SERVICES + ("chaincode", PORTAL)
KNOWN_MSPS = ("PlatformMSP", "BankMSP", "SecuritiesMSP")
# The organisation each setup's release belongs to (default and ci: the umbrella's default, PlatformMSP).
ORGANISATION = {"default": "PlatformMSP", "ci": "PlatformMSP", "platform": "PlatformMSP", "bank": "BankMSP",
                "securities": "SecuritiesMSP"}
# Workloads a setup leaves out on purpose: one relay per channel (the platform's release), settlement-service in
# the release of the organisation that hosts the banks.
NOT_RENDERED = {"default": ("settlement-service",), "ci": ("settlement-service",),
                "platform": ("settlement-service",), "bank": ("ledger-events",),
                "securities": ("ledger-events", "settlement-service")}
# Who alone may write which topic (global.kafka.topics defaults; docs/settlement.md).
SOLE_WRITERS = {"trellis.ledger.events": "ledger-events", "trellis.ledger.checkpoints": "ledger-events",
                "trellis.payouts.out": "settlement-service", "trellis.payments.dlq": "settlement-service"}
CONFIG_FILES = (
    "services/ledger-client/src/main/resources/META-INF/microprofile-config.properties",
    "services/scf-service/src/main/resources/application.properties",
    "services/abs-service/src/main/resources/application.properties",
    "services/ledger-events/src/main/resources/application.properties",
    "services/settlement-service/src/main/resources/application.properties",
)
# Properties of the @ConfigMapping interfaces (FabricConfig, RelayConfig) that no properties file names.
MAPPING_ONLY = (
    "trellis.fabric.max-attempts",
    "trellis.fabric.wallet.key",
    "trellis.events.enabled",
    "trellis.events.topic",
    "trellis.events.checkpoint-topic",
    "trellis.events.relay-id",
    "trellis.settlement.kafka.group-prefix",
    "trellis.settlement.intake.concurrency",
    "trellis.overdue.delay",
    "trellis.settlement.kafka.payments-topic",
    "trellis.settlement.kafka.dead-letter-topic",
    "trellis.settlement.kafka.payouts-topic",
    "trellis.settlement.kafka.confirmations-topic",
    "trellis.settlement.kafka.ledger-events-topic",
)
PORTAL_CONFIG = "ui-api/src/main/resources/application.properties"
# Properties of the portal's Quarkus extensions that its properties file does not name.
PORTAL_MAPPING_ONLY = ("quarkus.rest-client.tls-configuration-name",)
# The portal's own keys: application.properties falls back to published local-stack values without them.
PORTAL_SECRETS = ("TRELLIS_PORTAL_STATE_SECRET", "TRELLIS_PORTAL_SESSION_SECRET", "TRELLIS_PORTAL_CSRF_KEY")
# The services the portal calls, by its REST clients' config keys (quarkus.rest-client.<key>.url).
PORTAL_BACKENDS = {"scf-service": "scf", "abs-service": "abs", "settlement-service": "settlement",
                   "ledger-events": "ledger-events"}
# What the portal must not configure: it holds no database, Kafka, wallet, Fabric identity or CA secret.
PORTAL_FORBIDDEN_ENV = re.compile(r"^(QUARKUS_DATASOURCE_|KAFKA_|SASL_|MP_MESSAGING_|TRELLIS_FABRIC_|TRELLIS_CRYPTO"
                                  r"|TRELLIS_IDEMPOTENCY_|TRELLIS_EVENTS_|TRELLIS_SETTLEMENT_)")
# Set by the local test stack only (it moves the services' clock); a deployed service must never have it.
FORBIDDEN_ENV = ("TRELLIS_FABRIC_CLOCK_OFFSET_FILE", "TRELLIS_CLOCK_OFFSET_FILE")
# Services that only read the parties' wallet (scf-service issues and writes the identities).
WALLET_READERS = ("settlement-service", "abs-service")
# The only workloads that hold the organisation's operator (its MSP admin): scf-service registers parties,
# settlement-service's overdue job marks vouchers. No ABS write is an operator's.
OPERATOR_HOLDERS = ("scf-service", "settlement-service")
# The read models: each reads the events topic in its own consumer group and writes no topic.
EVENT_READERS = ("scf-service", "abs-service")
# The desks with an Idempotency-Key store (trellis.idempotency.fingerprint-key).
DESKS = ("scf-service", "abs-service")
GROUP_ENV = "MP_MESSAGING_INCOMING_LEDGER_EVENTS_GROUP_ID"
# Env names each workload must receive (from its ConfigMap or its env list); MSP-keyed ones are added per MSP.
REQUIRED_ENV = {
    "scf-service": ["QUARKUS_HTTP_HOST", "QUARKUS_DATASOURCE_JDBC_URL",
                    "QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD", "QUARKUS_OIDC_AUTH_SERVER_URL",
                    "KAFKA_BOOTSTRAP_SERVERS", "TRELLIS_FABRIC_CHANNEL", "TRELLIS_FABRIC_CHAINCODE",
                    "TRELLIS_FABRIC_WALLET_DIRECTORY", "TRELLIS_FABRIC_WALLET_KEY",
                    "TRELLIS_IDEMPOTENCY_FINGERPRINT_KEY", GROUP_ENV],
    "abs-service": ["QUARKUS_HTTP_HOST", "QUARKUS_DATASOURCE_JDBC_URL",
                    "QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD", "QUARKUS_OIDC_AUTH_SERVER_URL",
                    "KAFKA_BOOTSTRAP_SERVERS", "TRELLIS_FABRIC_CHANNEL", "TRELLIS_FABRIC_CHAINCODE",
                    "TRELLIS_FABRIC_WALLET_DIRECTORY", "TRELLIS_FABRIC_WALLET_KEY",
                    "TRELLIS_IDEMPOTENCY_FINGERPRINT_KEY", GROUP_ENV],
    "ledger-events": ["QUARKUS_HTTP_HOST", "KAFKA_BOOTSTRAP_SERVERS",
                      "TRELLIS_FABRIC_CHANNEL", "TRELLIS_FABRIC_CHAINCODE", "TRELLIS_EVENTS_READER_MSP",
                      "TRELLIS_EVENTS_READER_IDENTITY"],
    "settlement-service": ["QUARKUS_HTTP_HOST", "QUARKUS_DATASOURCE_JDBC_URL",
                           "QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD",
                           "QUARKUS_OIDC_AUTH_SERVER_URL", "KAFKA_BOOTSTRAP_SERVERS",
                           "TRELLIS_SETTLEMENT_ORGS", "TRELLIS_FABRIC_CHANNEL", "TRELLIS_FABRIC_CHAINCODE",
                           "TRELLIS_FABRIC_WALLET_DIRECTORY", "TRELLIS_FABRIC_WALLET_KEY"],
    "chaincode": ["CHAINCODE_SERVER_ADDRESS", "CORE_CHAINCODE_ID_NAME"],
    PORTAL: ["QUARKUS_HTTP_HOST", "QUARKUS_OIDC_AUTH_SERVER_URL", *PORTAL_SECRETS],
}
# Env names that must come from a Secret, never as a literal value.
SECRET_ENV = re.compile(r"PASSWORD|SECRET|TOKEN|JAAS|WALLET_KEY|FINGERPRINT_KEY|CSRF_KEY|CREDENTIAL")
# File settings whose value is a path into the mounted crypto Secret, not a secret itself.
PATH_SETTING = re.compile(r"^(TRELLIS_FABRIC_(CAS|PEERS)__\w+__TLS_ROOT_CERTIFICATE|KAFKA_SSL_TRUSTSTORE_LOCATION"
                          r"|QUARKUS_TLS__\w+__TRUST_STORE_PEM_CERTS|QUARKUS_HTTP_SSL_CERTIFICATE_(KEY_)?FILES)$")
# A literal JAAS line is allowed only when its password is $(VAR) of a Secret-backed variable (Kubernetes expands it).
JAAS_FROM_SECRET = re.compile(r'^org\.apache\.kafka\.common\.security\.scram\.ScramLoginModule required '
                              r'username="([^"$]+)" password="\$\((\w+)\)";$')
# A line of the rendered kafka-acls.sh: acl User:<user> <operation> <resource type> <name> [prefixed].
ACL_LINE = re.compile(r"^\s*acl User:(\S+) (\S+) (\S+) (\S+)( prefixed)?\s*$", re.M)
MSP_DIR_SETTING = re.compile(r"^(TRELLIS_FABRIC_OPERATORS__\w+__|TRELLIS_EVENTS_READER_IDENTITY)$")


def smallrye_env_name(prop):
    """The environment variable SmallRye Config matches to a property name: every character that is not a letter
    or digit becomes '_', letters are upper-cased, and a closing quote at the end takes a second '_'."""
    name = re.sub(r"[^A-Za-z0-9]", "_", prop).upper()
    return name + "_" if prop.endswith('"') else name


def known_env_names(root, config_files=CONFIG_FILES, mapping_only=MAPPING_ONLY, expressions=False):
    """The env spellings of the properties the files name (and of mapping_only); with expressions, also the
    variables their values read (${VAR:default})."""
    names = set()
    for rel in config_files:
        for line in (root / rel).read_text().splitlines():
            line = line.strip()
            if line and not line.startswith("#") and "=" in line:
                prop, value = line.split("=", 1)
                names.add(smallrye_env_name(prop.strip()))
                if expressions:
                    names.update(re.findall(r"\$\{([A-Za-z_][A-Za-z0-9_]*)[:}]", value))
    names.update(smallrye_env_name(p) for p in mapping_only)
    return names


def admits(peers, labels):
    """Whether a NetworkPolicy peer list lets in (or out to) the pods with these labels in the policy's own
    namespace: a peer that is a podSelector alone whose matchLabels they carry. A missing list is every source."""
    if peers is None:
        return True
    return any(set(p) == {"podSelector"} and not p["podSelector"].get("matchExpressions")
               and all(labels.get(k) == v for k, v in (p["podSelector"].get("matchLabels") or {}).items())
               for p in peers)


def port_allowed(rule_ports, container_port):
    """Whether a rule's ports take a container port (given as its {name, containerPort}); no ports = every port."""
    if not rule_ports:
        return True
    return any(p.get("port") in (container_port.get("name"), container_port["containerPort"]) for p in rule_ports)


def uncommitted_consumers(root):
    """Kafka consumers in the services' main sources that could read uncommitted records: a Java file that makes a
    KafkaConsumer but neither sets isolation.level read_committed itself nor uses a class of its module that does
    (the settings builder its config comes from), or a SmallRye Kafka incoming channel without it."""
    sets_committed = re.compile(r'(ISOLATION_LEVEL_CONFIG|"isolation\.level")\s*,\s*"read_committed"')
    problems = []
    for module in sorted(root.glob("services/*/src/main/java")):
        sources = {java.stem: java.read_text() for java in module.glob("**/*.java")}
        committed = {name for name, code in sources.items() if sets_committed.search(code)}
        for name, code in sorted(sources.items()):
            if "new KafkaConsumer" in code and name not in committed and not any(
                    re.search(rf"\b{c}\b", code) for c in committed):
                problems.append(f"{module.relative_to(root)}: {name} makes a KafkaConsumer without read_committed")
    for props in sorted(root.glob("services/*/src/main/resources/application.properties")):
        settings = {}
        for line in props.read_text().splitlines():
            if "=" in line and not line.strip().startswith("#"):
                k, v = line.split("=", 1)
                settings[k.strip()] = v.strip()
        overall = (settings.get("mp.messaging.connector.smallrye-kafka.isolation.level")
                   or settings.get("kafka.isolation.level"))
        for key, value in settings.items():
            m = re.fullmatch(r"mp\.messaging\.incoming\.([^.]+)\.connector", key)
            if m and value == "smallrye-kafka":
                level = settings.get(f"mp.messaging.incoming.{m.group(1)}.isolation.level", overall)
                if level != "read_committed":
                    problems.append(f"{props.relative_to(root)}: channel {m.group(1)} reads with isolation.level {level}")
    return problems


class Checker:
    def __init__(self, label):
        self.label, self.failed = label, 0

    def check(self, what, problems):
        problems = [p for p in problems if p]
        if problems:
            self.failed += 1
            print(f"FAIL {self.label}: {what}: " + "; ".join(problems))
        else:
            print(f"PASS {self.label}: {what}")


def main(label, manifest_file, root):
    docs = [d for d in yaml.safe_load_all(Path(manifest_file).read_text()) if d]
    text = Path(manifest_file).read_text()
    by_kind = {}
    for d in docs:
        by_kind.setdefault(d["kind"], []).append(d)
    configmaps = {d["metadata"]["name"]: d.get("data") or {} for d in by_kind.get("ConfigMap", [])}
    deployments = {d["metadata"]["labels"]["app.kubernetes.io/name"]: d for d in by_kind.get("Deployment", [])}
    c = Checker(label)
    org = ORGANISATION[label]

    expected = [w for w in WORKLOADS if w not in NOT_RENDERED.get(label, ())]
    c.check(f"the {', '.join(expected)} Deployments are rendered",
            [f"{w} missing" for w in expected if w not in deployments])

    def pod(d):
        return d["spec"]["template"]["spec"]

    def containers(d):
        p = pod(d)
        return p.get("initContainers", []) + p.get("containers", [])

    def env_of(container):
        """name -> value (str) or the valueFrom dict, ConfigMaps first, env list on top (as Kubernetes does)."""
        env = {}
        for src in container.get("envFrom", []):
            ref = src.get("configMapRef")
            if ref:
                env.update(configmaps.get(ref["name"], {}))
        for e in container.get("env", []):
            env[e["name"]] = e["value"] if "value" in e else e.get("valueFrom")
        return env

    # 1. Resources
    problems = []
    for name, d in deployments.items():
        for ct in containers(d):
            res = ct.get("resources", {})
            for kind in ("limits", "requests"):
                for r in ("cpu", "memory"):
                    if not res.get(kind, {}).get(r):
                        problems.append(f"{name}/{ct['name']} has no {kind}.{r}")
    c.check("every container has cpu and memory requests and limits", problems)

    # 2. Probes of the Quarkus services
    problems = []
    for name in HTTPS_SERVICES:
        for ct in containers(deployments.get(name, {"spec": {"template": {"spec": {}}}})):
            for probe, path in (("readinessProbe", "/q/health/ready"), ("livenessProbe", "/q/health/live")):
                got = (ct.get(probe) or {}).get("httpGet", {})
                if got.get("path") != path or got.get("port") not in [p.get("name") for p in ct.get("ports", [])]:
                    problems.append(f"{name}: {probe} is not GET {path} on a container port")
    c.check("Quarkus services probe /q/health/ready and /q/health/live", problems)
    problems = [f"{name}/{ct['name']} has no readiness or liveness probe"
                for name, d in deployments.items() for ct in containers(d)
                if not (ct.get("readinessProbe") and ct.get("livenessProbe"))]
    c.check("every container has readiness and liveness probes", problems)

    # 3. Pod security
    problems = []
    for name, d in deployments.items():
        p = pod(d)
        tmp_volumes = {v["name"] for v in p.get("volumes", []) if "emptyDir" in v}
        for ct in containers(d):
            sc = ct.get("securityContext", {})
            if not (sc.get("runAsNonRoot") or p.get("securityContext", {}).get("runAsNonRoot")):
                problems.append(f"{name}/{ct['name']} may run as root")
            if p.get("securityContext", {}).get("runAsUser") == 0 or sc.get("runAsUser") == 0:
                problems.append(f"{name}/{ct['name']} runs as uid 0")
            if not sc.get("readOnlyRootFilesystem"):
                problems.append(f"{name}/{ct['name']} has a writable root filesystem")
            if sc.get("allowPrivilegeEscalation") is not False:
                problems.append(f"{name}/{ct['name']} allows privilege escalation")
            if not any(m["mountPath"] == "/tmp" and m["name"] in tmp_volumes for m in ct.get("volumeMounts", [])):
                problems.append(f"{name}/{ct['name']} has no emptyDir on /tmp")
        if p.get("automountServiceAccountToken") is not False:
            problems.append(f"{name} mounts a service-account token")
    c.check("pods run as non-root, read-only root filesystem, no privilege escalation, /tmp an emptyDir", problems)

    # 4. No literal secrets
    problems = [f"a Secret object ({d['metadata']['name']}) is rendered" for d in by_kind.get("Secret", [])]
    if "-----BEGIN" in text:
        problems.append("a PEM block is in the manifests")
    for name, d in deployments.items():
        for ct in containers(d):
            env = env_of(ct)
            for key, value in env.items():
                if not SECRET_ENV.search(key) or (isinstance(value, dict) and "secretKeyRef" in value):
                    continue
                jaas = JAAS_FROM_SECRET.match(value) if isinstance(value, str) else None
                if not (jaas and isinstance(env.get(jaas.group(2)), dict) and "secretKeyRef" in env[jaas.group(2)]):
                    problems.append(f"{name}: {key} is not read from a Secret")
    for cm, data in configmaps.items():
        for key, value in data.items():
            if re.search(r"PASSWORD|SECRET|TOKEN|JAAS|_KEY$", key) and not PATH_SETTING.match(key):
                problems.append(f"ConfigMap {cm} holds {key}")
            # password=$(...) is the ACL script reading a password file at run time, not a value.
            if re.search(r"password=(?!\$\()|://[^/@\s]+:[^/@\s]+@", str(value), re.I):
                problems.append(f"ConfigMap {cm}: {key} embeds a credential")
    c.check("no literal secret values: secrets come from secretKeyRef, crypto from a Secret volume", problems)

    # 5. Env names the services read
    problems = []
    for name, required in REQUIRED_ENV.items():
        if name not in deployments:
            continue
        ct = pod(deployments[name])["containers"][0]
        env = env_of(ct)
        names = list(required)
        if name in QUARKUS_SERVICES:
            for key in [k for k in env if k.startswith("TRELLIS_FABRIC_PEERS__") and k.endswith("__TARGET")]:
                msp = key[len("TRELLIS_FABRIC_PEERS__"):-len("__TARGET")]
                names.append(f"TRELLIS_FABRIC_PEERS__{msp}__TLS_ROOT_CERTIFICATE")
            if not any(k.endswith("__TARGET") for k in env):
                problems.append(f"{name}: no TRELLIS_FABRIC_PEERS__<MSP>__TARGET")
        seg = org.upper()
        if name in OPERATOR_HOLDERS:
            names.append(f"TRELLIS_FABRIC_OPERATORS__{seg}__")
        if name in OPERATOR_HOLDERS + WALLET_READERS:
            names.append(f"TRELLIS_FABRIC_PEERS__{seg}__TARGET")
        if name in WALLET_READERS:
            # The ledger client reads the organisation's parties from the wallet only with its registrar's secret.
            names.append(f"TRELLIS_FABRIC_CAS__{seg}__REGISTRAR_SECRET")
        if name == "scf-service":
            # The organisation's CA server: the parties are enrolled there with its registrar (no CA key here).
            names += [f"TRELLIS_FABRIC_CAS__{seg}__{p}" for p in ("URL", "TLS_ROOT_CERTIFICATE", "REGISTRAR_ID",
                                                                  "REGISTRAR_SECRET")]
        problems += [f"{name}: {n} missing" for n in names if n not in env]
        if name in HTTPS_SERVICES:
            port = ct["ports"][0]["containerPort"]
            if env.get("QUARKUS_HTTP_HOST") != "0.0.0.0":
                problems.append(f"{name}: QUARKUS_HTTP_HOST is not 0.0.0.0 (the probes could not reach it)")
            if str(env.get("QUARKUS_HTTP_SSL_PORT")) != str(port):
                problems.append(f"{name}: QUARKUS_HTTP_SSL_PORT {env.get('QUARKUS_HTTP_SSL_PORT')} is not the container port {port}")
    c.check("the env names the services read are present", problems)

    known = known_env_names(root)
    problems = []
    for name in QUARKUS_SERVICES:
        if name in deployments:
            for key in env_of(pod(deployments[name])["containers"][0]):
                if key.startswith(("TRELLIS_", "MP_MESSAGING_")) and key not in known:
                    problems.append(f"{name}: {key} names no property of the services")
    if PORTAL in deployments:
        known = known_env_names(root, (PORTAL_CONFIG,), PORTAL_MAPPING_ONLY, expressions=True)
        problems += [f"{PORTAL}: {key} names no property or variable of {PORTAL_CONFIG}"
                     for key in env_of(pod(deployments[PORTAL])["containers"][0])
                     if key.startswith(("TRELLIS_", "QUARKUS_REST_CLIENT_")) and key not in known]
    c.check("TRELLIS_* and MP_MESSAGING_* env names are SmallRye spellings of the services' properties "
            "(the portal's TRELLIS_* and QUARKUS_REST_CLIENT_*: of its properties or the variables they read)",
            problems)

    # 6. Files and writable paths
    problems = []
    for name in HTTPS_SERVICES:
        if name not in deployments:
            continue
        p, ct = pod(deployments[name]), pod(deployments[name])["containers"][0]
        volumes = {v["name"]: v for v in p.get("volumes", [])}
        files = set()
        for m in ct.get("volumeMounts", []):
            secret = volumes.get(m["name"], {}).get("secret")
            if secret:
                files.update(f"{m['mountPath']}/{item['path']}" for item in secret.get("items", []))
        for key, value in env_of(ct).items():
            if PATH_SETTING.match(key) and value not in files:
                problems.append(f"{name}: {key}={value} is not a file of a mounted Secret")
            if MSP_DIR_SETTING.match(key):
                for sub in ("signcerts", "keystore"):
                    if not any(f.startswith(f"{value}/{sub}/") for f in files):
                        problems.append(f"{name}: {key}={value} has no {sub}/ file from a mounted Secret")
        wallet = env_of(ct).get("TRELLIS_FABRIC_WALLET_DIRECTORY")
        if wallet is not None:
            reader = name in WALLET_READERS
            mounts = [m for m in ct.get("volumeMounts", []) if "persistentVolumeClaim" in volumes.get(m["name"], {})
                      and (reader or not m.get("readOnly")) and (wallet + "/").startswith(m["mountPath"].rstrip("/") + "/")]
            if not mounts:
                problems.append(f"{name}: the wallet directory {wallet} is not on a "
                                + ("persistent volume" if reader else "writable persistent volume"))
    c.check("Fabric paths point at files of the mounted crypto Secret; the wallet is on a persistent volume", problems)

    problems = []
    for name, d in deployments.items():
        for v in pod(d).get("volumes", []):
            if "secret" in v and not v["secret"].get("secretName"):
                problems.append(f"{name}: volume {v['name']} names no Secret")
        for ct in containers(d):
            for key, value in env_of(ct).items():
                ref = value.get("secretKeyRef") if isinstance(value, dict) else None
                if ref is not None and not (ref.get("name") and ref.get("key")):
                    problems.append(f"{name}: {key} names no Secret or key")
    c.check("every Secret reference names a Secret and a key", problems)

    # The wallet readers open the identities scf-service sealed: its claim and its wallet key, read-only. They
    # enrol nobody: no CA key, no CA address or TLS root; only the registrar's secret of their own organisation,
    # without which the ledger client does not read that organisation's parties (PartyIdentities.hosts).
    def wallet_of(name):
        p, ct = pod(deployments[name]), pod(deployments[name])["containers"][0]
        volumes = {v["name"]: v for v in p.get("volumes", [])}
        directory = env_of(ct).get("TRELLIS_FABRIC_WALLET_DIRECTORY")
        claims = [(volumes[m["name"]]["persistentVolumeClaim"]["claimName"], bool(m.get("readOnly")))
                  for m in ct.get("volumeMounts", []) if "persistentVolumeClaim" in volumes.get(m["name"], {})
                  and directory and (directory + "/").startswith(m["mountPath"].rstrip("/") + "/")]
        key = env_of(ct).get("TRELLIS_FABRIC_WALLET_KEY")
        ref = key.get("secretKeyRef") if isinstance(key, dict) else None
        return claims, (ref.get("name"), ref.get("key")) if ref else None
    problems = []
    for name in WALLET_READERS:
        if name not in deployments:
            continue
        claims, key = wallet_of(name)
        if "scf-service" in deployments:
            scf_claims, scf_key = wallet_of("scf-service")
            if [c for c, _ in claims] != [c for c, _ in scf_claims]:
                problems.append(f"{name}: wallet claim {claims} is not scf-service's {scf_claims}")
            if key != scf_key:
                problems.append(f"{name}: wallet key {key} is not scf-service's {scf_key}")
        if not all(read_only for _, read_only in claims):
            problems.append(f"{name}: the wallet is mounted writable")
        for v in pod(deployments[name]).get("volumes", []):
            for item in (v.get("secret") or {}).get("items", []):
                if item["key"].endswith((".ca.key.pem", ".ca.tlsca.pem")):
                    problems.append(f"{name}: mounts the CA's {item['key']}")
        env = env_of(pod(deployments[name])["containers"][0])
        secret = env.get(f"TRELLIS_FABRIC_CAS__{org.upper()}__REGISTRAR_SECRET")
        if not (isinstance(secret, dict) and "secretKeyRef" in secret):
            problems.append(f"{name}: no registrar secret of {org} from a Secret (its parties would not be found)")
        elif "scf-service" in deployments:
            scf_secret = env_of(pod(deployments["scf-service"])["containers"][0]).get(
                f"TRELLIS_FABRIC_CAS__{org.upper()}__REGISTRAR_SECRET")
            if secret != scf_secret:
                problems.append(f"{name}: registrar secret {secret} is not scf-service's {scf_secret}")
        problems += [f"{name}: {key} is set (it enrols nobody)" for key in env
                     if re.match(r"^TRELLIS_FABRIC_CAS__\w+__(URL|TLS_ROOT_CERTIFICATE)$", key)]
    c.check(f"{', '.join(WALLET_READERS)} read scf-service's wallet (same claim, same key) read-only, with their "
            "organisation's registrar secret and nothing else of the CA", problems)

    problems = []
    for name, d in deployments.items():
        env = env_of(pod(d)["containers"][0])
        if name not in OPERATOR_HOLDERS and any(k.startswith("TRELLIS_FABRIC_OPERATORS__") for k in env):
            problems.append(f"{name}: configures an operator identity")
        for v in pod(d).get("volumes", []):
            for item in (v.get("secret") or {}).get("items", []):
                if ".operator." in item["key"] and name not in OPERATOR_HOLDERS:
                    problems.append(f"{name}: mounts the operator's {item['key']}")
    c.check(f"only {', '.join(OPERATOR_HOLDERS)} hold the organisation's operator identity", problems)

    # Each desk keys its Idempotency-Key store with its own secret (else the local stack's published default).
    problems, refs = [], {}
    for name in DESKS:
        if name not in deployments:
            continue
        value = env_of(pod(deployments[name])["containers"][0]).get("TRELLIS_IDEMPOTENCY_FINGERPRINT_KEY")
        ref = value.get("secretKeyRef") if isinstance(value, dict) else None
        if not ref:
            problems.append(f"{name}: TRELLIS_IDEMPOTENCY_FINGERPRINT_KEY is not read from a Secret")
        else:
            refs[name] = (ref.get("name"), ref.get("key"))
    if len(set(refs.values())) != len(refs):
        problems.append(f"desks share an idempotency fingerprint key: {refs}")
    c.check("each desk's idempotency fingerprint key comes from a Secret of its own", problems)

    problems = [f"{name}/{ct['name']}: {key} is set" for name, d in deployments.items() for ct in containers(d)
                for key in env_of(ct) if key in FORBIDDEN_ENV]
    c.check("no workload sets the local test stack's clock offset (TRELLIS_FABRIC_CLOCK_OFFSET_FILE)", problems)

    # 7. Chaincode server
    problems = []
    if "chaincode" in deployments:
        ct = pod(deployments["chaincode"])["containers"][0]
        env = env_of(ct)
        if env.get("CHAINCODE_SERVER_ADDRESS") != "0.0.0.0:9999":
            problems.append(f"CHAINCODE_SERVER_ADDRESS is {env.get('CHAINCODE_SERVER_ADDRESS')}, not 0.0.0.0:9999")
        if not re.fullmatch(r"[^:]+:[0-9a-f]{64}", str(env.get("CORE_CHAINCODE_ID_NAME"))):
            problems.append("CORE_CHAINCODE_ID_NAME is not a package id")
        if 9999 not in [p["containerPort"] for p in ct.get("ports", [])]:
            problems.append("the container does not expose 9999")
        tls_files = [env[k] for k in ("CHAINCODE_TLS_CERT_FILE", "CHAINCODE_TLS_KEY_FILE", "CHAINCODE_TLS_CLIENT_CA_FILE") if env.get(k)]
        secret_mounts = {m["mountPath"] for m in ct.get("volumeMounts", [])
                         if any(v["name"] == m["name"] and "secret" in v for v in pod(deployments["chaincode"]).get("volumes", []))}
        for path in tls_files:
            if not any(path.startswith(mount.rstrip("/") + "/") for mount in secret_mounts):
                problems.append(f"TLS file {path} is not in a mounted Secret")
        services = [s for s in by_kind.get("Service", []) if s["spec"]["selector"].get("app.kubernetes.io/name") == "chaincode"]
        if not any(p["port"] == 9999 for s in services for p in s["spec"]["ports"]):
            problems.append("no Service on port 9999 selects the chaincode pods")
    c.check("the chaincode server listens on 0.0.0.0:9999 with a package id, behind a Service on 9999, its TLS files from a Secret", problems)

    # 8. Services reach their pods; images are pinned
    problems = []
    for s in by_kind.get("Service", []):
        selector = s["spec"]["selector"]
        targets = [d for d in deployments.values()
                   if all(d["spec"]["template"]["metadata"]["labels"].get(k) == v for k, v in selector.items())]
        if not targets:
            problems.append(f"Service {s['metadata']['name']} selects no pod")
        for port in s["spec"]["ports"]:
            named = [p.get("name") for d in targets for ct in containers(d) for p in ct.get("ports", [])]
            if isinstance(port["targetPort"], str) and port["targetPort"] not in named:
                problems.append(f"Service {s['metadata']['name']} targets port {port['targetPort']}, which no container names")
    for name, d in deployments.items():
        for ct in containers(d):
            image = ct["image"]
            if ":" not in image.rsplit("/", 1)[-1] or image.endswith(":latest"):
                problems.append(f"{name}: image {image} is not pinned to a tag")
    c.check("Services select their pods by a named port; images are pinned", problems)

    # 9. One release per organisation: only its own secrets and configuration
    problems = []
    for d in docs:
        got = d["metadata"].get("labels", {}).get("trellis.io/organisation")
        if got != org:
            problems.append(f"{d['kind']} {d['metadata']['name']} is labelled organisation {got!r}")
    for other in (m for m in KNOWN_MSPS if m != org):
        if other.lower() in text.lower():
            problems.append(f"{other} appears in the manifests")
    for name, d in deployments.items():
        for v in pod(d).get("volumes", []):
            if v["name"] == "fabric-crypto":
                problems += [f"{name}: crypto entry {i['key']} is not {org}'s"
                             for i in v["secret"].get("items", []) if not i["key"].startswith(org + ".")]
        for ct in containers(d):
            for key in env_of(ct):
                for segment in re.findall(r"__([A-Z0-9]+)__", key):
                    if segment in (m.upper() for m in KNOWN_MSPS) and segment != org.upper():
                        problems.append(f"{name}: {key} configures another organisation")
    c.check(f"the release renders only {org}'s secrets and configuration", problems)

    problems = []
    for name, d in deployments.items():
        for v in pod(d).get("volumes", []):
            for item in (v.get("secret") or {}).get("items", []):
                if re.search(r"(^|\.)ca\.key|priv_sk|ca[._-]?private", item["key"], re.I):
                    problems.append(f"{name}: mounts the CA key {item['key']}")
        for ct in containers(d):
            for key in env_of(ct):
                if re.match(r"^TRELLIS_FABRIC_CAS__\w+__(PRIVATE_KEY|CERTIFICATE)$", key):
                    problems.append(f"{name}: {key} is set (a CA key in the process)")
    c.check("no CA private key is mounted or configured anywhere (parties are enrolled from the CA server)", problems)

    # 10. Kafka: SASL_SSL with a SCRAM user per service; ACLs that only the owners write their topics
    problems, users = [], {}
    for name in QUARKUS_SERVICES:
        if name not in deployments:
            continue
        env = env_of(pod(deployments[name])["containers"][0])
        if env.get("KAFKA_SECURITY_PROTOCOL") != "SASL_SSL":
            problems.append(f"{name}: KAFKA_SECURITY_PROTOCOL is {env.get('KAFKA_SECURITY_PROTOCOL')!r}, not SASL_SSL")
        if not str(env.get("KAFKA_SASL_MECHANISM", "")).startswith("SCRAM-SHA-"):
            problems.append(f"{name}: KAFKA_SASL_MECHANISM is {env.get('KAFKA_SASL_MECHANISM')!r}, not SCRAM")
        jaas = JAAS_FROM_SECRET.match(str(env.get("KAFKA_SASL_JAAS_CONFIG")))
        if not jaas:
            problems.append(f"{name}: KAFKA_SASL_JAAS_CONFIG is not a SCRAM login with its password from a Secret")
        else:
            users[name] = jaas.group(1)
        if env.get("KAFKA_SSL_TRUSTSTORE_LOCATION") and env.get("KAFKA_SSL_TRUSTSTORE_TYPE") != "PEM":
            problems.append(f"{name}: the Kafka truststore is not PEM")
        for key, value in env.items():
            if "ISOLATION_LEVEL" in key and value != "read_committed":
                problems.append(f"{name}: {key}={value} (every consumer reads read_committed)")
    if len(set(users.values())) != len(users):
        problems.append(f"services share a Kafka user: {users}")
    c.check("Kafka over SASL_SSL, each service its own SCRAM user, its password from a Secret", problems)

    problems = []
    acl_maps = [cm for name, cm in configmaps.items() if name.endswith("-kafka-acls")]
    if len(acl_maps) != 1:
        problems.append(f"{len(acl_maps)} kafka-acls ConfigMaps rendered, not 1")
    else:
        script = acl_maps[0].get("kafka-acls.sh", "")
        acls = ACL_LINE.findall(script)
        declared = set(re.findall(r"^\s*user (\S+)\s*$", script, re.M))
        principals = {a[0] for a in acls}
        by_user = {u: n for n, u in users.items()}
        problems += [f"the ACLs name {p}, which no service logs in as" for p in principals - set(users.values())]
        problems += [f"{n}'s user {u} has no SCRAM credential in the script" for n, u in users.items() if u not in declared]
        problems += [f"{n}'s user {u} has no ACL" for n, u in users.items() if u not in principals]
        for user, operation, kind, resource, prefixed in acls:
            if resource == "*" or operation in ("All", "Alter", "AlterConfigs", "ClusterAction"):
                problems.append(f"{user} is granted {operation} on {kind} {resource}")
            if kind == "topic" and operation in ("Write", "Create", "Delete") and not prefixed:
                owner = SOLE_WRITERS.get(resource)
                if owner is None or by_user.get(user) != owner:
                    problems.append(f"{user} may {operation} topic {resource} (only {owner or 'the banks'} may)")
            if kind == "topic" and prefixed:
                problems.append(f"{user} is granted {operation} on every topic prefixed {resource}")
        for topic, owner in SOLE_WRITERS.items():
            if owner in users and not any(u == users[owner] and o == "Write" and r == topic for u, o, k, r, _ in acls):
                problems.append(f"{owner} may not write {topic}")
    c.check("the Kafka ACLs: only ledger-events writes the events topic, only settlement-service the payouts and dead letters", problems)

    # The read models: exactly Read and Describe on the events topic and Read on the group their Deployment
    # consumes in, which no other service shares (a shared group splits the partitions between the read models).
    problems, groups = [], {}
    script = acl_maps[0].get("kafka-acls.sh", "") if len(acl_maps) == 1 else ""
    granted = {}
    for user, operation, kind, resource, prefixed in ACL_LINE.findall(script):
        granted.setdefault(user, set()).add((operation, kind, resource + prefixed))
    events = "trellis.ledger.events"
    for name in EVENT_READERS:
        if name not in deployments or name not in users:
            continue
        env = env_of(pod(deployments[name])["containers"][0])
        group = groups[name] = env.get(GROUP_ENV)
        if env.get("MP_MESSAGING_INCOMING_LEDGER_EVENTS_TOPIC") != events:
            problems.append(f"{name}: does not read {events}")
        expected = {("Read", "topic", events), ("Describe", "topic", events), ("Read", "group", group)}
        got = granted.get(users[name], set())
        if got != expected:
            problems.append(f"{name}: ACLs {sorted(got)}, not exactly {sorted(expected)}")
    if len(set(groups.values())) != len(groups):
        problems.append(f"read models share a consumer group: {groups}")
    c.check(f"{', '.join(EVENT_READERS)} only read the events topic, each in the consumer group it consumes in, "
            "shared with no one", problems)

    # 11. Every Kafka consumer of the services reads committed records only
    c.check("every Kafka consumer in the services' sources reads read_committed", uncommitted_consumers(root))

    # 12. NetworkPolicy for every Deployment: ingress only from named sources, egress only on named ports
    problems = []
    policies = by_kind.get("NetworkPolicy", [])
    for name, d in deployments.items():
        pod_labels = d["spec"]["template"]["metadata"]["labels"]
        mine = [np for np in policies
                if all(pod_labels.get(k) == v for k, v in np["spec"]["podSelector"].get("matchLabels", {}).items())
                and np["spec"]["podSelector"].get("matchLabels")]
        if not mine:
            problems.append(f"{name}: no NetworkPolicy selects its pods")
            continue
        for np in mine:
            spec = np["spec"]
            if set(spec.get("policyTypes", [])) != {"Ingress", "Egress"}:
                problems.append(f"{name}: NetworkPolicy {np['metadata']['name']} does not restrict both ingress and egress")
            for rule in spec.get("ingress") or []:
                if not rule.get("from"):
                    problems.append(f"{name}: an ingress rule admits every source")
                if not rule.get("ports"):
                    problems.append(f"{name}: an ingress rule admits every port")
            for rule in spec.get("egress") or []:
                if not rule.get("ports"):
                    problems.append(f"{name}: an egress rule allows every port")
        if name == "chaincode" and any(np["spec"].get("egress") for np in mine):
            problems.append("chaincode: the chaincode server may open connections")
    c.check("a NetworkPolicy for every Deployment: ingress from named sources, egress on named ports only", problems)

    # 13. TLS: the services' HTTP, Keycloak, the chaincode server (mutual)
    problems = []
    for name in HTTPS_SERVICES:
        if name not in deployments:
            continue
        ct = pod(deployments[name])["containers"][0]
        env = env_of(ct)
        if env.get("QUARKUS_HTTP_INSECURE_REQUESTS") != "disabled" or not env.get("QUARKUS_HTTP_SSL_CERTIFICATE_FILES"):
            problems.append(f"{name}: HTTP is not TLS only")
        for probe in ("startupProbe", "readinessProbe", "livenessProbe"):
            if (ct.get(probe) or {}).get("httpGet", {}).get("scheme") != "HTTPS":
                problems.append(f"{name}: {probe} is not over HTTPS")
        url = env.get("QUARKUS_OIDC_AUTH_SERVER_URL")
        if url is not None and not str(url).startswith("https://"):
            problems.append(f"{name}: Keycloak at {url}, not https")
        # Each TLS configuration a client names (OIDC's, the REST clients') has a trust store of that name.
        for key, value in env.items():
            if re.fullmatch(r"QUARKUS_(OIDC_TLS|REST_CLIENT(_\w+)?)_TLS_CONFIGURATION_NAME", key) and \
                    f"QUARKUS_TLS__{str(value).upper()}__TRUST_STORE_PEM_CERTS" not in env:
                problems.append(f"{name}: {key}={value} names a TLS configuration with no trust store")
    if "chaincode" in deployments:
        env = env_of(pod(deployments["chaincode"])["containers"][0])
        if not (env.get("CHAINCODE_TLS_CERT_FILE") and env.get("CHAINCODE_TLS_CLIENT_CA_FILE")):
            problems.append("chaincode: the server does not require the peers' client certificates")
        packages = [cm.get("make-package.sh", "") for n, cm in configmaps.items() if n.endswith("-package")]
        if not any('"tls_required":true' in p and '"client_auth_required":true' in p for p in packages):
            problems.append("chaincode: no package script whose connection.json requires TLS and client auth")
    c.check("HTTPS only for the services, Keycloak over https, mutual TLS between the peers and the chaincode server", problems)

    # 14. The portal: its own keys only, its services at their Services, behind the ingress controller
    if PORTAL in deployments:
        check_portal(c, deployments, by_kind, pod, env_of)

    return c.failed


def check_portal(c, deployments, by_kind, pod, env_of):
    portal = deployments[PORTAL]
    ct = pod(portal)["containers"][0]
    env = env_of(ct)
    release = portal["metadata"]["labels"]["app.kubernetes.io/instance"]

    def secret_refs(d):
        return {key: (v["secretKeyRef"].get("name"), v["secretKeyRef"].get("key"))
                for key, v in env_of(pod(d)["containers"][0]).items() if isinstance(v, dict) and "secretKeyRef" in v}

    # Without them the portal runs on application.properties' published local-stack keys.
    mine = secret_refs(portal)
    problems = [f"{key} is not read from a Secret" for key in PORTAL_SECRETS if key not in mine]
    refs = [mine[key] for key in PORTAL_SECRETS if key in mine]
    if len(set(refs)) != len(refs):
        problems.append(f"two of its keys are one Secret entry: {refs}")
    problems += [f"{name} reads the portal's {ref}" for name, d in deployments.items() if name != PORTAL
                 for ref in secret_refs(d).values() if ref in refs]
    c.check("the portal's state, session and anti-forgery keys come from Secrets, each its own entry", problems)

    problems = [f"{key} is set" for key in env if PORTAL_FORBIDDEN_ENV.match(key)]
    problems += [f"{key} reads Secret {ref}" for key, ref in mine.items() if key not in PORTAL_SECRETS]
    for v in pod(portal).get("volumes", []):
        if "persistentVolumeClaim" in v:
            problems.append(f"mounts claim {v['persistentVolumeClaim'].get('claimName')}")
        problems += [f"mounts {item['key']} of Secret {v['secret'].get('secretName')} (not a TLS certificate or CA)"
                     for item in (v.get("secret") or {}).get("items", [])
                     if item["path"] not in ("tls.crt", "tls.key", "ca.crt")]
    c.check("the portal holds no database, Kafka, wallet, Fabric identity or CA secret: only its keys and certificates",
            problems)

    # Each REST service of this release at its Service, over https; none the release does not run.
    services = {s["metadata"]["name"]: s for s in by_kind.get("Service", [])}
    problems = []
    for chart, key in PORTAL_BACKENDS.items():
        name = f"QUARKUS_REST_CLIENT_{key.replace('-', '_').upper()}_URL"
        url = env.get(name)
        m = re.fullmatch(r"(\w+)://([^/:]+)(?::(\d+))?/?", str(url))
        host = m.group(2).split(".")[0] if m else None
        if chart not in deployments:
            in_release = release if release.endswith(chart) else f"{release}-{chart}"
            if host == in_release:
                problems.append(f"{name}={url}: this release runs no {chart}")
            continue
        target = services.get(host)
        if url is None:
            problems.append(f"no {name}: the portal has no address for this release's {chart}")
        elif not m:
            problems.append(f"{name} is {url!r}, not a URL of {chart}'s Service")
        elif m.group(1) != "https":
            problems.append(f"{name}={url} is not https")
        elif target is None or target["spec"]["selector"].get("app.kubernetes.io/name") != chart:
            problems.append(f"{name}={url} names no Service of {chart}")
        elif int(m.group(3) or 443) not in [p["port"] for p in target["spec"]["ports"]]:
            problems.append(f"{name}={url}: {chart}'s Service has no port {m.group(3) or 443}")
    c.check("the portal calls each REST service of this release at its Service over https, and no service the "
            "release does not run", problems)

    # Browsers come through the ingress controller only; the portal may reach its services, and they admit it.
    problems = []
    labels = portal["spec"]["template"]["metadata"]["labels"]
    port = ct["ports"][0]
    policies = [np for np in by_kind.get("NetworkPolicy", [])
                if all(labels.get(k) == v for k, v in np["spec"]["podSelector"].get("matchLabels", {}).items())]
    for np in policies:
        for rule in np["spec"].get("ingress") or []:
            for peer in rule.get("from") or [{}]:
                if not (set(peer) == {"namespaceSelector"} and peer["namespaceSelector"].get("matchLabels")):
                    problems.append(f"admits {peer or 'every source'} (not the ingress controller's namespace)")
            if [p.get("port") for p in rule.get("ports") or []] not in ([port["name"]], [port["containerPort"]]):
                problems.append(f"admits ports {rule.get('ports')}, not its own only")
    if not policies:
        problems.append("no NetworkPolicy selects its pods")
    egress = [rule for np in policies for rule in np["spec"].get("egress") or []]
    for chart in PORTAL_BACKENDS:
        if chart not in deployments:
            continue
        target = deployments[chart]
        target_labels = target["spec"]["template"]["metadata"]["labels"]
        target_port = pod(target)["containers"][0]["ports"][0]
        if not any(admits(rule.get("to"), target_labels) and port_allowed(rule.get("ports"), target_port)
                   for rule in egress):
            problems.append(f"may not connect to {chart}'s pods on {target_port['containerPort']}")
        theirs = [np for np in by_kind.get("NetworkPolicy", []) if np["spec"]["podSelector"].get("matchLabels")
                  and all(target_labels.get(k) == v for k, v in np["spec"]["podSelector"]["matchLabels"].items())]
        if theirs and not all(any(admits(rule.get("from"), labels) and port_allowed(rule.get("ports"), target_port)
                                  for rule in np["spec"].get("ingress") or []) for np in theirs):
            problems.append(f"{chart}'s NetworkPolicy does not admit the portal's pods {labels}")
    c.check("the portal admits the ingress controller only, and reaches its services, which admit it", problems)


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    try:
        sys.exit(1 if main(sys.argv[1], sys.argv[2], Path(sys.argv[3])) else 0)
    except Exception as e:  # a manifest shaped unlike any expected: a failure, not a crash to read
        print(f"FAIL {sys.argv[1]}: the manifests could not be checked: {type(e).__name__}: {e}")
        sys.exit(2)
