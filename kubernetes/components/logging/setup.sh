#!/bin/sh
# The Job logging-setup: the index template of freeface-logs in Elasticsearch, then the data view "FreeFace
# logs" in Kibana; each waits for its server and is idempotent (PUT, and override on the data view).
set -eu
until curl -sf http://elasticsearch:9200/_cluster/health >/dev/null; do echo "waiting for elasticsearch"; sleep 5; done
curl -sf -X PUT http://elasticsearch:9200/_index_template/freeface-logs \
  -H 'content-type: application/json' --data-binary @/setup/index-template.json
echo
until curl -sf http://kibana:5601/api/status >/dev/null; do echo "waiting for kibana"; sleep 5; done
curl -sf -X POST http://kibana:5601/api/data_views/data_view \
  -H 'content-type: application/json' -H 'kbn-xsrf: freeface' --data-binary @/setup/data-view.json
echo
