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
{{/*
The consumer group a read model reads the events in: the chart's kafka.groupId, else its Kafka user (as the
subchart's ConfigMap sets it). Arg: dict root, chart.
*/}}
{{- define "trellis.umbrella.eventsGroup" -}}
{{- $ctx := include "trellis.umbrella.subchart" . | fromYaml -}}
{{- $ctx.Values.kafka.groupId | default (include "trellis.kafkaUsername" $ctx) -}}
{{- end -}}
{{/*
A read model's Kafka user and ACLs: it reads the events topic (read_committed) in its own consumer group and
writes nothing. Arg: dict root, chart, why (the comment line).
*/}}
{{- define "trellis.umbrella.eventsReaderAcls" -}}
{{- $user := include "trellis.umbrella.user" . -}}
{{- $topic := .root.Values.global.kafka.topics.ledgerEvents -}}
# {{ .chart }}: {{ .why }}
user {{ $user }}
acl User:{{ $user }} Read topic {{ $topic }}
acl User:{{ $user }} Describe topic {{ $topic }}
acl User:{{ $user }} Read group {{ include "trellis.umbrella.eventsGroup" . }}
{{- end -}}
