{{/*
Helpers shared by the Trellis service charts. Every helper takes the chart's root context (.) unless it says
otherwise.
*/}}

{{/* Resource name: <release>-<chart>, or the release name alone when it already ends with the chart name. */}}
{{- define "trellis.fullname" -}}
{{- if .Values.fullnameOverride -}}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- include "trellis.releaseFullname" (dict "ctx" . "chart" .Chart.Name) -}}
{{- end -}}
{{- end -}}

{{/*
The name a chart of this release gives its objects when no fullnameOverride is set: <release>-<chart>, or the
release name alone when it already ends with the chart name. For naming another chart's objects (a Service, a
claim) from this one. Arg: dict ctx (root), chart (the chart's name).
*/}}
{{- define "trellis.releaseFullname" -}}
{{- if hasSuffix .chart .ctx.Release.Name -}}
{{- .ctx.Release.Name | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .ctx.Release.Name .chart | trunc 63 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}

{{- define "trellis.selectorLabels" -}}
app.kubernetes.io/name: {{ .Chart.Name }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end -}}

{{- define "trellis.labels" -}}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version }}
{{ include "trellis.selectorLabels" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/part-of: trellis
app.kubernetes.io/managed-by: {{ .Release.Service }}
trellis.io/organisation: {{ include "trellis.organisation" . }}
{{- end -}}

{{/* Standard metadata of a namespaced object: name and labels. */}}
{{- define "trellis.metadata" -}}
name: {{ include "trellis.fullname" . }}
labels:
  {{- include "trellis.labels" . | nindent 2 }}
{{- end -}}

{{/* <registry>/<repository>:<tag>; the tag defaults to the chart's appVersion, never "latest". */}}
{{- define "trellis.image" -}}
{{- $registry := .Values.global.imageRegistry | default "" -}}
{{- $repository := .Values.image.repository -}}
{{- $tag := .Values.image.tag | default .Chart.AppVersion | toString -}}
{{- if eq $tag "latest" -}}{{- fail "image.tag: pin a version; \"latest\" makes a rollback impossible" -}}{{- end -}}
{{- if $registry -}}{{ printf "%s/%s:%s" (trimSuffix "/" $registry) $repository $tag }}{{- else -}}{{ printf "%s:%s" $repository $tag }}{{- end -}}
{{- end -}}

{{/*
Pod-level settings every Trellis pod shares: non-root user, default seccomp profile, no service-account token
(no service talks to the Kubernetes API), and image pull secrets. fsGroup makes mounted secrets and the wallet
volume readable by that user.
*/}}
{{- define "trellis.podSpecCommon" -}}
automountServiceAccountToken: false
{{- with .Values.global.imagePullSecrets }}
imagePullSecrets:
  {{- range . }}
  - name: {{ . }}
  {{- end }}
{{- end }}
securityContext:
  runAsNonRoot: true
  runAsUser: {{ .Values.global.runAsUser }}
  runAsGroup: {{ .Values.global.runAsUser }}
  fsGroup: {{ .Values.global.runAsUser }}
  seccompProfile:
    type: RuntimeDefault
{{- with .Values.nodeSelector }}
nodeSelector:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- with .Values.tolerations }}
tolerations:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- with .Values.affinity }}
affinity:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- end -}}

{{/* Container-level hardening: read-only root filesystem (writable paths are volumes), no privilege escalation. */}}
{{- define "trellis.containerSecurityContext" -}}
securityContext:
  runAsNonRoot: true
  readOnlyRootFilesystem: true
  allowPrivilegeEscalation: false
  capabilities:
    drop: ["ALL"]
{{- end -}}

{{/* Resources from values; both requests and limits must be set (the check script insists on limits). */}}
{{- define "trellis.resources" -}}
{{- if not (and .Values.resources.limits.cpu .Values.resources.limits.memory) -}}
{{- fail "resources.limits.cpu and resources.limits.memory are required" -}}
{{- end -}}
resources:
  {{- toYaml .Values.resources | nindent 2 }}
{{- end -}}

{{/*
JVM settings: the heap is a share of the container's memory limit, so resizing the limit resizes the heap.
*/}}
{{- define "trellis.jvmEnv" -}}
- name: JAVA_TOOL_OPTIONS
  value: {{ .Values.jvmOptions | quote }}
{{- end -}}

{{/* The one writable scratch directory of a read-only container: /tmp (JVM perf data, Vert.x file cache). */}}
{{- define "trellis.tmpVolume" -}}
- name: tmp
  emptyDir:
    sizeLimit: 64Mi
{{- end -}}
{{- define "trellis.tmpMount" -}}
- name: tmp
  mountPath: /tmp
{{- end -}}

{{/*
Probes of a Quarkus service (SmallRye Health): started gates the other two, so a slow JVM start under a small
CPU limit is not mistaken for a hung process.
*/}}
{{- define "trellis.quarkusProbes" -}}
{{- $scheme := ternary "HTTPS" "HTTP" .Values.tls.enabled -}}
{{- $port := include "trellis.httpPortName" . -}}
startupProbe:
  httpGet: {path: /q/health/started, port: {{ $port }}, scheme: {{ $scheme }}}
  periodSeconds: 5
  failureThreshold: 36
livenessProbe:
  httpGet: {path: /q/health/live, port: {{ $port }}, scheme: {{ $scheme }}}
  periodSeconds: 10
  timeoutSeconds: 3
  failureThreshold: 3
readinessProbe:
  httpGet: {path: /q/health/ready, port: {{ $port }}, scheme: {{ $scheme }}}
  periodSeconds: 10
  timeoutSeconds: 3
  failureThreshold: 3
{{- end -}}

{{/* The name of a Quarkus service's one port: https when the pod terminates TLS itself (the default). */}}
{{- define "trellis.httpPortName" -}}{{ ternary "https" "http" .Values.tls.enabled }}{{- end -}}

{{/*
Settings of a Quarkus service's HTTP server: all interfaces of the pod, on the chart's port. With tls.enabled (the
default) the service terminates TLS itself with the certificate of tls.existingSecret (tls.crt, tls.key, as
cert-manager writes them) and refuses plain HTTP; the port stays the chart's.
*/}}
{{- define "trellis.quarkusHttpConfig" -}}
QUARKUS_HTTP_HOST: "0.0.0.0"
{{- if .Values.tls.enabled }}
QUARKUS_HTTP_SSL_PORT: {{ .Values.service.port | quote }}
QUARKUS_HTTP_INSECURE_REQUESTS: "disabled"
QUARKUS_HTTP_SSL_CERTIFICATE_FILES: "/etc/trellis/http-tls/tls.crt"
QUARKUS_HTTP_SSL_CERTIFICATE_KEY_FILES: "/etc/trellis/http-tls/tls.key"
{{- else }}
QUARKUS_HTTP_PORT: {{ .Values.service.port | quote }}
{{- end }}
{{- end -}}
{{- define "trellis.httpTlsVolume" -}}
{{- if .Values.tls.enabled }}
- name: http-tls
  secret:
    secretName: {{ required "tls.existingSecret is required when tls.enabled (a kubernetes.io/tls Secret)" .Values.tls.existingSecret }}
    defaultMode: 0440
    items:
      - {key: tls.crt, path: tls.crt}
      - {key: tls.key, path: tls.key}
{{- end }}
{{- end -}}
{{/*
The TLS material a Quarkus service mounts (its HTTPS certificate, the Kafka and Keycloak CAs), as volume mounts and
volumes. Arg: dict ctx (root), keycloak (true for services that check Keycloak's tokens).
*/}}
{{- define "trellis.tlsMounts" -}}
{{- $blocks := list (include "trellis.httpTlsMount" .ctx) (include "trellis.kafkaMount" .ctx) -}}
{{- if .keycloak }}{{ $blocks = append $blocks (include "trellis.keycloakMount" .ctx) }}{{ end -}}
{{- include "trellis.joinBlocks" $blocks -}}
{{- end -}}
{{- define "trellis.tlsVolumes" -}}
{{- $blocks := list (include "trellis.httpTlsVolume" .ctx) (include "trellis.kafkaVolume" .ctx) -}}
{{- if .keycloak }}{{ $blocks = append $blocks (include "trellis.keycloakVolume" .ctx) }}{{ end -}}
{{- include "trellis.joinBlocks" $blocks -}}
{{- end -}}
{{/* YAML list blocks joined, the empty ones left out. Arg: list of strings. */}}
{{- define "trellis.joinBlocks" -}}
{{- $out := list -}}
{{- range . }}{{ if trim . }}{{ $out = append $out (trim .) }}{{ end }}{{ end -}}
{{- join "\n" $out -}}
{{- end -}}
{{- define "trellis.httpTlsMount" -}}
{{- if .Values.tls.enabled }}
- name: http-tls
  mountPath: /etc/trellis/http-tls
  readOnly: true
{{- end }}
{{- end -}}

{{/*
The organisation this release belongs to (global.organisation, an MSP id the services know). One release per
organisation: every identity, CA and peer a release configures is this organisation's.
*/}}
{{- define "trellis.organisation" -}}
{{- $org := required "global.organisation is required: the MSP id of the organisation this release belongs to" .Values.global.organisation -}}
{{- $_ := include "trellis.fabric.mspSegment" $org -}}
{{- $org -}}
{{- end -}}

{{/*
Keycloak as every service reaches it: over https only, its certificate checked against the CA of
global.keycloak.tls.existingSecret (or the JVM's public roots when that is ""). The TLS registry's configuration
is named "keycloak"; quoted in the variable name so its case is kept.
*/}}
{{- define "trellis.keycloakConfig" -}}
{{- $kc := .Values.global.keycloak -}}
{{- if not (hasPrefix "https://" $kc.url) -}}
{{- fail (printf "global.keycloak.url %q: Keycloak must be reached over https (tokens and the realm's keys cross the network)" $kc.url) -}}
{{- end -}}
QUARKUS_OIDC_AUTH_SERVER_URL: {{ printf "%s/realms/%s" (trimSuffix "/" $kc.url) $kc.realm | quote }}
{{- if $kc.tls.existingSecret }}
QUARKUS_OIDC_TLS_TLS_CONFIGURATION_NAME: "keycloak"
QUARKUS_TLS__KEYCLOAK__TRUST_STORE_PEM_CERTS: "/etc/trellis/keycloak/ca.crt"
{{- end }}
{{- end -}}
{{- define "trellis.keycloakVolume" -}}
{{- with .Values.global.keycloak.tls }}{{ if .existingSecret }}
- name: keycloak-ca
  secret:
    secretName: {{ .existingSecret }}
    defaultMode: 0444
    items:
      - {key: {{ .key }}, path: ca.crt}
{{- end }}{{ end }}
{{- end -}}
{{- define "trellis.keycloakMount" -}}
{{- if .Values.global.keycloak.tls.existingSecret }}
- name: keycloak-ca
  mountPath: /etc/trellis/keycloak
  readOnly: true
{{- end }}
{{- end -}}

{{/*
Kafka as every service reaches it: SASL_SSL only, SCRAM (SHA-512 by default) as the service's own user, the
brokers' certificates checked against the CA of global.kafka.truststore.existingSecret (or the JVM's public roots
when that is ""). Quarkus hands each KAFKA_* variable to the clients as the kafka.* property of the same name
(KAFKA_SECURITY_PROTOCOL -> kafka.security.protocol), so every client of the service (consumers, producers,
admin) gets them.
*/}}
{{- define "trellis.kafkaConfig" -}}
{{- $kafka := .Values.global.kafka -}}
{{- if ne $kafka.securityProtocol "SASL_SSL" -}}
{{- fail (printf "global.kafka.securityProtocol %q: the services reach Kafka over SASL_SSL only (TLS, and a SCRAM user per service that the ACLs name)" $kafka.securityProtocol) -}}
{{- end -}}
{{- if not (has $kafka.saslMechanism (list "SCRAM-SHA-512" "SCRAM-SHA-256")) -}}
{{- fail (printf "global.kafka.saslMechanism %q: SCRAM-SHA-512 or SCRAM-SHA-256" $kafka.saslMechanism) -}}
{{- end -}}
KAFKA_BOOTSTRAP_SERVERS: {{ required "global.kafka.bootstrapServers is required" $kafka.bootstrapServers | quote }}
KAFKA_SECURITY_PROTOCOL: {{ $kafka.securityProtocol | quote }}
KAFKA_SASL_MECHANISM: {{ $kafka.saslMechanism | quote }}
{{- if $kafka.truststore.existingSecret }}
KAFKA_SSL_TRUSTSTORE_TYPE: "PEM"
KAFKA_SSL_TRUSTSTORE_LOCATION: "/etc/trellis/kafka/ca.crt"
{{- end }}
{{- end -}}

{{/*
The service's Kafka user: kafka.username, else the chart's full name (<release>-<chart>), so every service of
every release has its own. Works on a chart's own context or one the umbrella builds (Values, Chart, Release).
*/}}
{{- define "trellis.kafkaUsername" -}}
{{- .Values.kafka.username | default (include "trellis.fullname" .) -}}
{{- end -}}
{{- define "trellis.kafkaPasswordSecret" -}}
{{- .Values.kafka.existingSecret | default (printf "%s-kafka" (include "trellis.kafkaUsername" .)) -}}
{{- end -}}

{{/*
The SASL login of the service's Kafka clients. The password comes from the Secret (key kafka.passwordKey; a
Strimzi KafkaUser's Secret has it under "password") into SASL_SCRAM_PASSWORD, and Kubernetes puts it into the
JAAS line ($(VAR) expansion), so the line itself holds no secret. The password must not contain '"' or '\'.
*/}}
{{- define "trellis.kafkaSecretEnv" -}}
- name: SASL_SCRAM_PASSWORD
  valueFrom:
    secretKeyRef:
      name: {{ include "trellis.kafkaPasswordSecret" . }}
      key: {{ .Values.kafka.passwordKey | default "password" }}
- name: KAFKA_SASL_JAAS_CONFIG
  value: {{ printf "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"%s\" password=\"$(SASL_SCRAM_PASSWORD)\";" (include "trellis.kafkaUsername" .) | quote }}
{{- end -}}
{{- define "trellis.kafkaVolume" -}}
{{- with .Values.global.kafka.truststore }}{{ if .existingSecret }}
- name: kafka-ca
  secret:
    secretName: {{ .existingSecret }}
    defaultMode: 0444
    items:
      - {key: {{ .key }}, path: ca.crt}
{{- end }}{{ end }}
{{- end -}}
{{- define "trellis.kafkaMount" -}}
{{- if .Values.global.kafka.truststore.existingSecret }}
- name: kafka-ca
  mountPath: /etc/trellis/kafka
  readOnly: true
{{- end }}
{{- end -}}

{{/*
Fabric. The services read the ledger client's settings (services/ledger-client/.../microprofile-config.properties)
whose maps are keyed by MSP id in quotes: trellis.fabric.peers."PlatformMSP".target. SmallRye Config spells such a
property as an environment variable by replacing every character that is not a letter or digit with "_" and
upper-casing; a closing quote at the very end of the name needs a second "_":
  trellis.fabric.peers."PlatformMSP".target  -> TRELLIS_FABRIC_PEERS__PLATFORMMSP__TARGET
  trellis.fabric.operators."PlatformMSP"     -> TRELLIS_FABRIC_OPERATORS__PLATFORMMSP__
An environment variable can only override a map key that some other source already names (its case comes from
there; a key known only from the environment would arrive lower-cased), so only the MSP ids of the defaults file
are accepted here.
*/}}
{{- define "trellis.fabric.knownMsps" -}}PlatformMSP BankMSP SecuritiesMSP{{- end -}}

{{/* The environment-variable segment of an MSP id, after checking the id is one the services know. Arg: MSP id. */}}
{{- define "trellis.fabric.mspSegment" -}}
{{- $known := splitList " " (include "trellis.fabric.knownMsps" .) -}}
{{- if not (has . $known) -}}
{{- fail (printf "unknown MSP id %q: use one of %s (map keys in environment variables keep their case only when the service's defaults name them)" . (join ", " $known)) -}}
{{- end -}}
{{- upper . -}}
{{- end -}}

{{/* Where the Fabric crypto Secret is mounted, and the file layout inside it (one place for both). */}}
{{- define "trellis.fabric.cryptoDir" -}}/etc/trellis/fabric{{- end -}}

{{/*
The crypto files a pod needs, all of the release's organisation (the crypto Secret holds nothing else), as a list
of {key, path}: key is the entry in the Secret, path where it appears under the crypto directory. Arg: dict with
org (MSP id), identities (names of identities of that organisation: an MSP folder with signcerts/ and keystore/),
ca (true: the TLS root of the organisation's Fabric CA). Secret entries:
  <MSP>.tlsca.pem                                 TLS root certificate of the organisation's peer
  <MSP>.<name>.cert.pem, <MSP>.<name>.key.pem     an identity (certificate, private key), e.g. name = operator
  <MSP>.ca.tlsca.pem                              TLS root certificate of the organisation's Fabric CA server
No CA private key is ever an entry: party identities are enrolled from the organisation's CA server.
*/}}
{{- define "trellis.fabric.cryptoItems" -}}
{{- $org := .org -}}
- key: {{ $org }}.tlsca.pem
  path: {{ $org }}/tlsca.pem
{{- range .identities }}
- key: {{ $org }}.{{ . }}.cert.pem
  path: {{ $org }}/{{ . }}/signcerts/cert.pem
- key: {{ $org }}.{{ . }}.key.pem
  path: {{ $org }}/{{ . }}/keystore/key.pem
{{- end }}
{{- if .ca }}
- key: {{ $org }}.ca.tlsca.pem
  path: {{ $org }}/ca/tlsca.pem
{{- end }}
{{- end -}}

{{/* The Secret volume with those files, owner- and group-readable only. Arg: dict ctx (root), files (as above). */}}
{{- define "trellis.fabric.cryptoVolume" -}}
- name: fabric-crypto
  secret:
    secretName: {{ required "global.fabric.cryptoSecret is required" .ctx.Values.global.fabric.cryptoSecret }}
    defaultMode: 0440
    items:
      {{- include "trellis.fabric.cryptoItems" .files | trim | nindent 6 }}
{{- end -}}
{{- define "trellis.fabric.cryptoMount" -}}
- name: fabric-crypto
  mountPath: {{ include "trellis.fabric.cryptoDir" . }}
  readOnly: true
{{- end -}}

{{/*
Channel, chaincode and the organisation's own Gateway peer, as ConfigMap entries. TRELLIS_CRYPTO moves the
defaults file's remaining paths under the mounted directory too, so nothing points at a local-stack folder.
Arg: root context.
*/}}
{{- define "trellis.fabric.peerConfig" -}}
{{- $fabric := .Values.global.fabric -}}
{{- $dir := include "trellis.fabric.cryptoDir" . -}}
{{- $org := include "trellis.organisation" . -}}
{{- $seg := include "trellis.fabric.mspSegment" $org -}}
{{- $peer := $fabric.peer -}}
TRELLIS_FABRIC_CHANNEL: {{ $fabric.channel | quote }}
TRELLIS_FABRIC_CHAINCODE: {{ $fabric.chaincode | quote }}
TRELLIS_CRYPTO: {{ $dir | quote }}
TRELLIS_FABRIC_PEERS__{{ $seg }}__TARGET: {{ required "global.fabric.peer.target is required" $peer.target | quote }}
TRELLIS_FABRIC_PEERS__{{ $seg }}__SERVER_NAME: {{ $peer.serverName | default (first (splitList ":" $peer.target)) | quote }}
TRELLIS_FABRIC_PEERS__{{ $seg }}__TLS_ROOT_CERTIFICATE: {{ printf "%s/%s/tlsca.pem" $dir $org | quote }}
{{- end -}}

{{/* The organisation's operator identity (its Admin's MSP folder). Arg: root context. */}}
{{- define "trellis.fabric.operatorConfig" -}}
{{- $org := include "trellis.organisation" . -}}
TRELLIS_FABRIC_OPERATORS__{{ include "trellis.fabric.mspSegment" $org }}__: {{ printf "%s/%s/operator" (include "trellis.fabric.cryptoDir" .) $org | quote }}
{{- end -}}

{{/*
The organisation's Fabric CA server, which enrols the parties' identities: its https URL, its TLS root (from the
crypto Secret) and the registrar's enrollment id; the registrar's secret is in the env list (trellis.fabric.caSecretEnv).
*/}}
{{- define "trellis.fabric.caConfig" -}}
{{- $ca := .Values.global.fabric.ca -}}
{{- $org := include "trellis.organisation" . -}}
{{- $seg := include "trellis.fabric.mspSegment" $org -}}
{{- if not (hasPrefix "https://" (required "global.fabric.ca.url is required" $ca.url)) -}}
{{- fail (printf "global.fabric.ca.url %q: the Fabric CA is reached over https only (the registrar's secret crosses the network)" $ca.url) -}}
{{- end -}}
TRELLIS_FABRIC_CAS__{{ $seg }}__URL: {{ $ca.url | quote }}
TRELLIS_FABRIC_CAS__{{ $seg }}__TLS_ROOT_CERTIFICATE: {{ printf "%s/%s/ca/tlsca.pem" (include "trellis.fabric.cryptoDir" .) $org | quote }}
TRELLIS_FABRIC_CAS__{{ $seg }}__REGISTRAR_ID: {{ required "global.fabric.ca.registrar.id is required" $ca.registrar.id | quote }}
{{- end -}}
{{- define "trellis.fabric.caSecretEnv" -}}
{{- $registrar := .Values.global.fabric.ca.registrar -}}
- name: TRELLIS_FABRIC_CAS__{{ include "trellis.fabric.mspSegment" (include "trellis.organisation" .) }}__REGISTRAR_SECRET
  valueFrom:
    secretKeyRef:
      name: {{ required "global.fabric.ca.registrar.existingSecret is required" $registrar.existingSecret }}
      key: {{ $registrar.secretKey }}
{{- end -}}

{{/*
The pod's NetworkPolicy: ingress only from `from` (NetworkPolicyPeer list; [] = no one) on the service's port,
egress only to DNS and to the named destinations, each on the ports of its configured address. Arg: dict ctx
(root), port (port name), from (list), egress (list of dict name, to (NetworkPolicyPeer list; [] = any address),
ports (list of numbers)).
*/}}
{{- define "trellis.networkPolicy" -}}
{{- $np := .ctx.Values.global.networkPolicy -}}
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  {{- include "trellis.metadata" .ctx | nindent 2 }}
spec:
  podSelector:
    matchLabels:
      {{- include "trellis.selectorLabels" .ctx | nindent 6 }}
  policyTypes: [Ingress, Egress]
  ingress:
    {{- if .from }}
    - from:
        {{- toYaml .from | nindent 8 }}
      ports:
        - port: {{ .port }}
    {{- else }} []
    {{- end }}
  egress:
    # Name resolution.
    - to:
        {{- toYaml $np.dns | nindent 8 }}
      ports:
        - {port: 53, protocol: UDP}
        - {port: 53, protocol: TCP}
    {{- range .egress }}
    # {{ .name }}
    - ports:
        {{- range (.ports | uniq) }}
        - {port: {{ . }}, protocol: TCP}
        {{- end }}
      {{- with .to }}
      to:
        {{- toYaml . | nindent 8 }}
      {{- end }}
    {{- end }}
{{- end -}}

{{/* The port of a host:port (Arg: string). */}}
{{- define "trellis.portOf" -}}{{ last (splitList ":" .) }}{{- end -}}
{{/* The port of an https URL (443 unless it names one). Arg: URL. */}}
{{- define "trellis.urlPort" -}}
{{- $hostport := first (splitList "/" (trimPrefix "https://" .)) -}}
{{- if contains ":" $hostport }}{{ last (splitList ":" $hostport) }}{{ else }}443{{ end -}}
{{- end -}}
{{/* Ports of a comma-separated host:port list, as a YAML list. */}}
{{- define "trellis.kafkaPorts" -}}
{{- $ports := list -}}
{{- range splitList "," .Values.global.kafka.bootstrapServers }}{{ $ports = append $ports (int (include "trellis.portOf" (trim .))) }}{{ end -}}
{{- $ports | uniq | toYaml -}}
{{- end -}}
{{/* The egress destinations every Quarkus service shares: Kafka and the organisation's peer. */}}
{{- define "trellis.egress.kafka" -}}
{{- dict "name" "Kafka" "to" .Values.global.networkPolicy.egress.kafka "ports" (include "trellis.kafkaPorts" . | fromYamlArray) | toYaml -}}
{{- end -}}
{{- define "trellis.egress.peer" -}}
{{- dict "name" "the organisation's Fabric peer" "to" .Values.global.networkPolicy.egress.fabric "ports" (list (int (include "trellis.portOf" .Values.global.fabric.peer.target))) | toYaml -}}
{{- end -}}
{{- define "trellis.egress.keycloak" -}}
{{- dict "name" "Keycloak (the realm's keys)" "to" .Values.global.networkPolicy.egress.keycloak "ports" (list (int (include "trellis.urlPort" .Values.global.keycloak.url))) | toYaml -}}
{{- end -}}
{{- define "trellis.egress.postgresql" -}}
{{- dict "name" "PostgreSQL" "to" .Values.global.networkPolicy.egress.postgresql "ports" (list (int .Values.database.port)) | toYaml -}}
{{- end -}}
{{- define "trellis.egress.fabricCa" -}}
{{- dict "name" "the organisation's Fabric CA" "to" .Values.global.networkPolicy.egress.fabric "ports" (list (int (include "trellis.urlPort" .Values.global.fabric.ca.url))) | toYaml -}}
{{- end -}}

{{/* The chart's Service: one port, named like the container port it targets. Arg: dict ctx (root), portName. */}}
{{- define "trellis.service" -}}
apiVersion: v1
kind: Service
metadata:
  {{- include "trellis.metadata" .ctx | nindent 2 }}
spec:
  type: {{ .ctx.Values.service.type }}
  selector:
    {{- include "trellis.selectorLabels" .ctx | nindent 4 }}
  ports:
    - name: {{ .portName }}
      port: {{ .ctx.Values.service.port }}
      targetPort: {{ .portName }}
{{- end -}}

{{/*
The read model's PostgreSQL, from the chart's `database` values: its JDBC URL (parameters appended, e.g.
sslmode=verify-full), user and pool size as ConfigMap entries; the password from database.existingSecret.
*/}}
{{- define "trellis.datasourceConfig" -}}
{{- $db := .Values.database -}}
QUARKUS_DATASOURCE_JDBC_URL: {{ printf "jdbc:postgresql://%s:%v/%s%s" $db.host $db.port $db.name (ternary (printf "?%s" $db.parameters) "" (ne $db.parameters "")) | quote }}
QUARKUS_DATASOURCE_USERNAME: {{ $db.username | quote }}
QUARKUS_DATASOURCE_JDBC_MAX_SIZE: {{ $db.maxPoolSize | quote }}
{{- end -}}
{{- define "trellis.datasourceSecretEnv" -}}
- name: QUARKUS_DATASOURCE_PASSWORD
  valueFrom:
    secretKeyRef:
      name: {{ required "database.existingSecret is required" .Values.database.existingSecret }}
      key: {{ .Values.database.passwordKey }}
{{- end -}}

{{/*
The key of a desk's Idempotency-Key store (trellis.idempotency.fingerprint-key, at least 16 characters): stored
request fingerprints are HMACs under it, so a reader of the table cannot test guesses of a private body. From
idempotency.existingSecret; without it the service would use the local stack's published default.
*/}}
{{- define "trellis.idempotencySecretEnv" -}}
- name: TRELLIS_IDEMPOTENCY_FINGERPRINT_KEY
  valueFrom:
    secretKeyRef:
      name: {{ required "idempotency.existingSecret is required (the desk's fingerprint key; without it the local stack's default key is used)" .Values.idempotency.existingSecret }}
      key: {{ .Values.idempotency.fingerprintKeyKey }}
{{- end -}}

{{/*
Party identities. scf-service enrols the parties and keeps them in its sealed wallet (a persistent volume); the
services that sign as those parties without enrolling any (settlement-service, abs-service) mount that claim
read-only with the same wallet key, from the chart's `wallet` values (existingClaim, sameNodeAsScfService,
existingSecret, keyKey).
*/}}
{{- define "trellis.wallet.dir" -}}/var/lib/trellis/wallet{{- end -}}
{{- define "trellis.wallet.keyEnv" -}}
- name: TRELLIS_FABRIC_WALLET_KEY
  valueFrom:
    secretKeyRef:
      name: {{ required "wallet.existingSecret is required (scf-service's wallet key)" .Values.wallet.existingSecret }}
      key: {{ .Values.wallet.keyKey }}
{{- end -}}
{{/* The wallet claim a reader mounts: the given one, else the claim scf-service's chart creates in this release (its fullname + "-wallet"). */}}
{{- define "trellis.wallet.scfClaim" -}}
{{- if .Values.wallet.existingClaim -}}
{{- .Values.wallet.existingClaim -}}
{{- else -}}
{{- printf "%s-wallet" (include "trellis.releaseFullname" (dict "ctx" . "chart" "scf-service")) -}}
{{- end -}}
{{- end -}}
{{/*
A reader pod's affinity: the values' own, plus (wallet.sameNodeAsScfService) a required podAffinity to this
release's scf-service pods, so a ReadWriteOnce wallet claim can be mounted by both.
*/}}
{{- define "trellis.wallet.readerAffinity" -}}
{{- $affinity := deepCopy (.Values.affinity | default dict) -}}
{{- if and .Values.wallet.sameNodeAsScfService (not (hasKey $affinity "podAffinity")) -}}
{{- $term := dict "topologyKey" "kubernetes.io/hostname" "labelSelector" (dict "matchLabels" (dict "app.kubernetes.io/name" "scf-service" "app.kubernetes.io/instance" .Release.Name)) -}}
{{- $_ := set $affinity "podAffinity" (dict "requiredDuringSchedulingIgnoredDuringExecution" (list $term)) -}}
{{- end -}}
{{- toYaml $affinity -}}
{{- end -}}
{{/* trellis.podSpecCommon with the reader's affinity. */}}
{{- define "trellis.wallet.readerPodSpecCommon" -}}
{{- include "trellis.podSpecCommon" (dict "Values" (merge (dict "affinity" (include "trellis.wallet.readerAffinity" . | fromYaml)) (omit .Values "affinity"))) -}}
{{- end -}}
{{- define "trellis.wallet.readerMount" -}}
# scf-service's wallet: this service only reads the parties' identities.
- name: wallet
  mountPath: {{ include "trellis.wallet.dir" . }}
  readOnly: true
{{- end -}}
{{- define "trellis.wallet.readerVolume" -}}
- name: wallet
  persistentVolumeClaim:
    claimName: {{ include "trellis.wallet.scfClaim" . }}
    readOnly: true
{{- end -}}
