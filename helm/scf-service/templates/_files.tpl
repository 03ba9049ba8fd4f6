{{/* The Fabric crypto files this service mounts, all of the release's organisation: its peer's TLS root, its operator and its CA server's TLS root (never a CA key). */}}
{{- define "scf-service.cryptoFiles" -}}
{{- dict "org" (include "trellis.organisation" .) "identities" (list "operator") "ca" true | toYaml -}}
{{- end -}}
