{{/*
The services the portal calls (values `backends`, keyed by their REST clients' config keys). Each helper takes
dict ctx (root), key (the config key).
*/}}

{{/* The URL the portal calls the service at: its own url (https only), else the Service of its chart in this release. */}}
{{- define "ui-api.backendUrl" -}}
{{- $b := index .ctx.Values.backends .key -}}
{{- if $b.url -}}
{{- if not (hasPrefix "https://" $b.url) -}}
{{- fail (printf "backends.%s.url %q: the portal calls the services over https only (every call carries the user's token)" .key $b.url) -}}
{{- end -}}
{{- $b.url -}}
{{- else -}}
{{- printf "https://%s.%s.svc:%v" (include "trellis.releaseFullname" (dict "ctx" .ctx "chart" $b.chart)) .ctx.Release.Namespace $b.port -}}
{{- end -}}
{{- end -}}

{{/* quarkus.rest-client.<key>.url as SmallRye reads it from the environment. */}}
{{- define "ui-api.backendUrlEnv" -}}
{{- printf "QUARKUS_REST_CLIENT_%s_URL" (.key | replace "-" "_" | upper) -}}
{{- end -}}

{{/* Its egress destination: the pods of its chart in this release, or `to` for a url of one's own. */}}
{{- define "ui-api.backendEgress" -}}
{{- $b := index .ctx.Values.backends .key -}}
{{- $to := $b.to -}}
{{- if not $b.url -}}
{{- $to = list (dict "podSelector" (dict "matchLabels" (dict "app.kubernetes.io/name" $b.chart "app.kubernetes.io/instance" .ctx.Release.Name))) -}}
{{- end -}}
{{- $url := include "ui-api.backendUrl" . -}}
{{- dict "name" (printf "%s (%s)" $b.chart $url) "to" $to "ports" (list (int (include "trellis.urlPort" $url))) | toYaml -}}
{{- end -}}

{{/* The CA of the services' certificates, when not the JVM's public roots. */}}
{{- define "ui-api.servicesCaVolume" -}}
{{- with .Values.servicesCa }}{{ if .existingSecret }}
- name: services-ca
  secret:
    secretName: {{ .existingSecret }}
    defaultMode: 0444
    items:
      - {key: {{ .key }}, path: ca.crt}
{{- end }}{{ end }}
{{- end -}}
{{- define "ui-api.servicesCaMount" -}}
{{- if .Values.servicesCa.existingSecret }}
- name: services-ca
  mountPath: /etc/trellis/services
  readOnly: true
{{- end }}
{{- end -}}
