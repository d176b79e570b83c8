#!/usr/bin/env bash
# The main job: set everything up, start the broker, the worker and the connector, replay
# seeds/ (or the paths given) through the pipeline and print alerts as they arrive.
# Ctrl-C stops it; DEMO_SECONDS=N stops it after N seconds.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
setup_venv
setup_broker
cd "$REPO"
mkdir -p .run
WF=.venv/bin/watchfloor
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap cleanup EXIT INT TERM

echo "[demo] starting the worker (log: .run/worker.log)" >&2
$WF -l info worker >.run/worker.log 2>&1 &
pids+=($!)
for _ in $(seq 1 120); do
  grep -q "Ready" .run/worker.log 2>/dev/null && break
  kill -0 "${pids[0]}" 2>/dev/null || { tail -n 40 .run/worker.log >&2; exit 1; }
  sleep 0.5
done
grep -q "Ready" .run/worker.log || { echo "[demo] worker not ready after 60 s" >&2; tail -n 40 .run/worker.log >&2; exit 1; }

echo "[demo] starting the feed connector (log: .run/connector.log)" >&2
$WF -l info connector >.run/connector.log 2>&1 &
pids+=($!)

if [[ $# -eq 0 ]]; then set -- seeds/; fi
echo "[demo] replaying $*" >&2
$WF replay "$@"

echo "[demo] alerts (Ctrl-C to stop):" >&2
if [[ -n "${DEMO_SECONDS:-}" ]]; then
  timeout "$DEMO_SECONDS" $WF alerts tail --follow || true
else
  $WF alerts tail --follow
fi
