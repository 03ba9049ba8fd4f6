{{/* The Fabric crypto files this service mounts, all of the release's organisation: its peer's TLS root and its operator. No CA: it enrols no identity. */}}
{{- define "settlement-service.cryptoFiles" -}}
{{- dict "org" (include "trellis.organisation" .) "identities" (list "operator") | toYaml -}}
{{- end -}}

{{/* The wallet claim: the given one, else the claim scf-service's chart creates in this release (its fullname + "-wallet"). */}}
{{- define "settlement-service.walletClaim" -}}
{{- if .Values.wallet.existingClaim -}}
{{- .Values.wallet.existingClaim -}}
{{- else if hasSuffix "scf-service" .Release.Name -}}
{{- printf "%s-wallet" (.Release.Name | trunc 63 | trimSuffix "-") -}}
{{- else -}}
{{- printf "%s-wallet" (printf "%s-scf-service" .Release.Name | trunc 63 | trimSuffix "-") -}}
{{- end -}}
{{- end -}}

{{/*
The pod's affinity: the values' own, plus (wallet.sameNodeAsScfService) a required podAffinity to this release's
scf-service pods, so a ReadWriteOnce wallet claim can be mounted by both.
*/}}
{{- define "settlement-service.affinity" -}}
{{- $affinity := deepCopy (.Values.affinity | default dict) -}}
{{- if and .Values.wallet.sameNodeAsScfService (not (hasKey $affinity "podAffinity")) -}}
{{- $term := dict "topologyKey" "kubernetes.io/hostname" "labelSelector" (dict "matchLabels" (dict "app.kubernetes.io/name" "scf-service" "app.kubernetes.io/instance" .Release.Name)) -}}
{{- $_ := set $affinity "podAffinity" (dict "requiredDuringSchedulingIgnoredDuringExecution" (list $term)) -}}
{{- end -}}
{{- toYaml $affinity -}}
{{- end -}}
