#!/usr/bin/env bash
# stop.sh - stop the local Kafka broker started by start.sh, via its pid file
# (SIGTERM = controlled shutdown; SIGKILL after KAFKA_STOP_TIMEOUT, default 20s).
# Removes the pid file. Exits 0 if the broker is not running. Data is kept.
set -euo pipefail
# shellcheck source=_common.sh
source "$(dirname "${BASH_SOURCE[0]}")/_common.sh"

take_lock
timeout_s="${KAFKA_STOP_TIMEOUT:-20}"

if ! pid="$(read_pid)" || ! pid_is_broker "$pid"; then
  rm -f "$KAFKA_PID_FILE"
  log "not running"
  exit 0
fi

log "stopping broker pid $pid ..."
kill -TERM "$pid" 2>/dev/null || true
deadline=$((SECONDS + timeout_s))
while kill -0 "$pid" 2>/dev/null && (( SECONDS < deadline )); do
  sleep 0.2
done
if kill -0 "$pid" 2>/dev/null; then
  log "still alive after ${timeout_s}s, sending SIGKILL"
  kill -KILL "$pid" 2>/dev/null || true
  while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
fi
rm -f "$KAFKA_PID_FILE"
log "stopped"
