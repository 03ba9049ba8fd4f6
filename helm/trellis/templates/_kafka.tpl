{{/*
The context a subchart's helpers would see (Values with the globals, its Chart name, the Release), built here so
the ACLs name exactly the Kafka users and groups the subcharts render. Arg: dict root, chart.
*/}}
{{- define "trellis.umbrella.subchart" -}}
{{- $values := merge (dict "global" .root.Values.global) (deepCopy (index .root.Values .chart | default dict)) -}}
{{- if not (hasKey $values "kafka") }}{{ $_ := set $values "kafka" dict }}{{ end -}}
{{- toYaml (dict "Values" $values "Chart" (dict "Name" .chart) "Release" (dict "Name" .root.Release.Name "Namespace" .root.Release.Namespace)) -}}
{{- end -}}
{{- define "trellis.umbrella.user" -}}
{{- $ctx := include "trellis.umbrella.subchart" . | fromYaml -}}
{{- include "trellis.kafkaUsername" $ctx -}}
{{- end -}}
{{- define "trellis.umbrella.enabled" -}}
{{- if (index .root.Values .chart).enabled }}true{{ end -}}
{{- end -}}
