{{/* The Fabric crypto files this service mounts: every peer's TLS root, and the operator and CA of each hosted organisation. */}}
{{- define "scf-service.cryptoFiles" -}}
{{- $identities := list -}}
{{- range .Values.organisations -}}
{{- $_ := include "trellis.fabric.mspSegment" . -}}
{{- $identities = append $identities (dict "msp" . "name" "operator") -}}
{{- end -}}
{{- dict "peers" (keys .Values.global.fabric.peers | sortAlpha) "identities" $identities "cas" .Values.organisations | toYaml -}}
{{- end -}}
