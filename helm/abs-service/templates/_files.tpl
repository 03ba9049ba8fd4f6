{{/* The Fabric crypto files this service mounts, all of the release's organisation: its peer's TLS root only. No operator (no ABS write is an operator's), no CA: it enrols no identity. */}}
{{- define "abs-service.cryptoFiles" -}}
{{- dict "org" (include "trellis.organisation" .) "identities" (list) | toYaml -}}
{{- end -}}
