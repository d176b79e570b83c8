#!/usr/bin/env bash
# start.sh - start the local single-node Kafka (KRaft broker+controller) in the
# background on 127.0.0.1:${KAFKA_PORT:-9092}. Fetches jars and formats storage if
# needed, writes broker.pid and returns once the broker answers Kafka requests
# (timeout KAFKA_START_TIMEOUT, default 60s; prints the broker log tail and exits 1).
# Exits 0 right away if our broker is already running. See _common.sh for env vars.
#   deploy/kafka/start.sh && export KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:9092
set -euo pipefail
# shellcheck source=_common.sh
source "$(dirname "${BASH_SOURCE[0]}")/_common.sh"

timeout_s="${KAFKA_START_TIMEOUT:-60}"
bootstrap="$KAFKA_HOST:$KAFKA_PORT"

# Poll until the broker (pid $1) answers on the port, or it dies / we time out.
wait_ready() {
  local pid="$1" deadline=$((SECONDS + timeout_s))
  while (( SECONDS < deadline )); do
    if ! pid_is_broker "$pid"; then
      print_log_tail
      rm -f "$KAFKA_PID_FILE"
      die "broker process $pid exited during startup (see logs above: $KAFKA_LOG_FILE)"
    fi
    # Cheap TCP probe first (the listener only binds once Kafka enables request
    # processing), then one real ApiVersions round trip.
    if port_open "$KAFKA_PORT" && kafka_ready "$KAFKA_PORT"; then
      return 0
    fi
    sleep 0.1
  done
  print_log_tail
  die "broker (pid $pid) not ready on $bootstrap after ${timeout_s}s; it is still running, stop it with $KAFKA_DIR/stop.sh"
}

take_lock

if pid="$(read_pid)" && pid_is_broker "$pid"; then
  if kafka_ready "$KAFKA_PORT"; then
    log "already running (pid $pid) on $bootstrap"
    exit 0
  fi
  log "broker pid $pid is running but not ready yet on $bootstrap; waiting ..."
  wait_ready "$pid"
  log "ready (pid $pid) on $bootstrap"
  exit 0
fi
rm -f "$KAFKA_PID_FILE"

if port_open "$KAFKA_PORT"; then
  if kafka_ready "$KAFKA_PORT"; then
    log "WARNING: a Kafka broker NOT started by this script already answers on $bootstrap; using it (stop.sh will not stop it)"
    exit 0
  fi
  die "port $KAFKA_PORT on $KAFKA_HOST is in use by a non-Kafka process; free it or set KAFKA_PORT"
fi
if port_open "$KAFKA_CONTROLLER_PORT"; then
  die "controller port $KAFKA_CONTROLLER_PORT on $KAFKA_HOST is already in use; free it or set KAFKA_CONTROLLER_PORT"
fi

fetch_jars
format_storage
gen_props

mkdir -p "$KAFKA_RUN_DIR"
{ echo; echo "===== $(date '+%F %T') start.sh: launching broker on $bootstrap ====="; } >>"$KAFKA_CONSOLE_LOG"
t0=$SECONDS
# New session so Ctrl-C / SIGHUP of the caller's terminal does not reach the broker.
# The child records its own pid (exec keeps it) and must not inherit the lock fd 9.
launcher=(bash -c 'echo $$ >"$1"; shift; exec "$@"' _ "$KAFKA_PID_FILE")
if command -v setsid >/dev/null 2>&1; then launcher=(setsid "${launcher[@]}"); fi
build_java_cmd
"${launcher[@]}" "${KAFKA_JAVA_CMD[@]}" kafka.Kafka "$KAFKA_EFFECTIVE_PROPS" \
  </dev/null >>"$KAFKA_CONSOLE_LOG" 2>&1 9>&- &

for _ in $(seq 50); do
  pid="$(read_pid || true)"
  [[ -n "$pid" ]] && break
  sleep 0.1
done
[[ -n "${pid:-}" ]] || die "launcher did not write $KAFKA_PID_FILE"
log "started broker pid $pid (log: $KAFKA_LOG_FILE), waiting for $bootstrap ..."
wait_ready "$pid"
log "ready on $bootstrap (pid $pid) after $((SECONDS - t0))s"
