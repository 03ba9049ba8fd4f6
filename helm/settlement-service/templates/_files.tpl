{{/* The Fabric crypto files this service mounts, all of the release's organisation: its peer's TLS root and its operator. No CA: it enrols no identity. */}}
{{- define "settlement-service.cryptoFiles" -}}
{{- dict "org" (include "trellis.organisation" .) "identities" (list "operator") | toYaml -}}
{{- end -}}
