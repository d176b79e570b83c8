#!/usr/bin/env bash
# reset.sh - stop the local broker and DELETE its data dir (KAFKA_DATA_DIR,
# default deploy/kafka/data): all topics, offsets and the cluster id are lost.
# Run start.sh afterwards to get a fresh, newly formatted broker.
set -euo pipefail
# shellcheck source=_common.sh
source "$(dirname "${BASH_SOURCE[0]}")/_common.sh"

take_lock
"$KAFKA_DIR/stop.sh"
case "$KAFKA_DATA_DIR" in
  ""|/|"$HOME"|"$KAFKA_DIR") die "refusing to delete data dir '$KAFKA_DATA_DIR'" ;;
esac
if [[ -d "$KAFKA_DATA_DIR" ]]; then
  rm -rf "$KAFKA_DATA_DIR"
  log "deleted $KAFKA_DATA_DIR"
else
  log "nothing to delete ($KAFKA_DATA_DIR does not exist)"
fi
