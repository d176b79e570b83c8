#!/usr/bin/env bash
# format.sh - format the KRaft storage of the local broker once
# (kafka.tools.StorageTool format --standalone). Skips if the data dir
# (KAFKA_DATA_DIR, default deploy/kafka/data) already has meta.properties.
# Also (re)generates <data dir>/server.effective.properties. Runs fetch if needed.
set -euo pipefail
# shellcheck source=_common.sh
source "$(dirname "${BASH_SOURCE[0]}")/_common.sh"

take_lock
fetch_jars
if is_formatted; then
  log "storage already formatted: $KAFKA_DATA_DIR/meta.properties"
  gen_props
  exit 0
fi
format_storage
