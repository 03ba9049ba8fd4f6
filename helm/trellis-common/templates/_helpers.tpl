{{/*
Helpers shared by the Trellis service charts. Every helper takes the chart's root context (.) unless it says
otherwise.
*/}}

{{/* Resource name: <release>-<chart>, or the release name alone when it already ends with the chart name. */}}
{{- define "trellis.fullname" -}}
{{- if .Values.fullnameOverride -}}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" -}}
{{- else if hasSuffix .Chart.Name .Release.Name -}}
{{- .Release.Name | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name .Chart.Name | trunc 63 | trimSuffix "-" -}}
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
startupProbe:
  httpGet: {path: /q/health/started, port: http}
  periodSeconds: 5
  failureThreshold: 36
livenessProbe:
  httpGet: {path: /q/health/live, port: http}
  periodSeconds: 10
  timeoutSeconds: 3
  failureThreshold: 3
readinessProbe:
  httpGet: {path: /q/health/ready, port: http}
  periodSeconds: 10
  timeoutSeconds: 3
  failureThreshold: 3
{{- end -}}

{{/* Settings of a Quarkus service's HTTP server: all interfaces of the pod, on the chart's port. */}}
{{- define "trellis.quarkusHttpConfig" -}}
QUARKUS_HTTP_HOST: "0.0.0.0"
QUARKUS_HTTP_PORT: {{ .Values.service.port | quote }}
{{- end -}}

{{/*
Kafka as every service reaches it. Quarkus hands each KAFKA_* variable to the clients as the kafka.* property of
the same name (KAFKA_SECURITY_PROTOCOL -> kafka.security.protocol).
*/}}
{{- define "trellis.kafkaConfig" -}}
{{- $kafka := .Values.global.kafka -}}
KAFKA_BOOTSTRAP_SERVERS: {{ required "global.kafka.bootstrapServers is required" $kafka.bootstrapServers | quote }}
{{- if $kafka.securityProtocol }}
KAFKA_SECURITY_PROTOCOL: {{ $kafka.securityProtocol | quote }}
{{- end }}
{{- if $kafka.saslMechanism }}
KAFKA_SASL_MECHANISM: {{ $kafka.saslMechanism | quote }}
{{- end }}
{{- end -}}
{{/* The SASL login of the Kafka clients, from a Secret (the JAAS line carries the password). */}}
{{- define "trellis.kafkaSecretEnv" -}}
{{- with .Values.global.kafka.sasl }}
{{- if .existingSecret }}
- name: KAFKA_SASL_JAAS_CONFIG
  valueFrom:
    secretKeyRef:
      name: {{ .existingSecret }}
      key: {{ .jaasConfigKey }}
{{- end }}
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
The crypto files a pod needs, as a list of {key, path}: key is the entry in the Secret, path where it appears under
the crypto directory. Arg: dict with peers (list of MSP ids whose TLS root is needed), identities (list of
{msp, name}: an MSP folder with signcerts/ and keystore/), cas (list of MSP ids whose CA cert and key are needed).
Secret entries:
  <MSP>.tlsca.pem                                 TLS root certificate of the organisation's peers
  <MSP>.<name>.cert.pem, <MSP>.<name>.key.pem     an identity (certificate, private key), e.g. name = operator
  <MSP>.ca.cert.pem, <MSP>.ca.key.pem             the organisation's CA, which certifies party identities
*/}}
{{- define "trellis.fabric.cryptoItems" -}}
{{- range .peers }}
- key: {{ . }}.tlsca.pem
  path: {{ . }}/tlsca.pem
{{- end }}
{{- range .identities }}
- key: {{ .msp }}.{{ .name }}.cert.pem
  path: {{ .msp }}/{{ .name }}/signcerts/cert.pem
- key: {{ .msp }}.{{ .name }}.key.pem
  path: {{ .msp }}/{{ .name }}/keystore/key.pem
{{- end }}
{{- range .cas }}
- key: {{ . }}.ca.cert.pem
  path: {{ . }}/ca/cert.pem
- key: {{ . }}.ca.key.pem
  path: {{ . }}/ca/key.pem
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
Channel, chaincode and Gateway peers, as ConfigMap entries. TRELLIS_CRYPTO moves the defaults file's remaining
paths under the mounted directory too, so nothing points at a local-stack folder. Arg: root context.
*/}}
{{- define "trellis.fabric.peerConfig" -}}
{{- $fabric := .Values.global.fabric -}}
{{- $dir := include "trellis.fabric.cryptoDir" . -}}
TRELLIS_FABRIC_CHANNEL: {{ $fabric.channel | quote }}
TRELLIS_FABRIC_CHAINCODE: {{ $fabric.chaincode | quote }}
TRELLIS_CRYPTO: {{ $dir | quote }}
{{- range $msp, $peer := $fabric.peers }}
{{- $seg := include "trellis.fabric.mspSegment" $msp }}
TRELLIS_FABRIC_PEERS__{{ $seg }}__TARGET: {{ required (printf "global.fabric.peers.%s.target is required" $msp) $peer.target | quote }}
TRELLIS_FABRIC_PEERS__{{ $seg }}__SERVER_NAME: {{ $peer.serverName | default (first (splitList ":" $peer.target)) | quote }}
TRELLIS_FABRIC_PEERS__{{ $seg }}__TLS_ROOT_CERTIFICATE: {{ printf "%s/%s/tlsca.pem" $dir $msp | quote }}
{{- end }}
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
