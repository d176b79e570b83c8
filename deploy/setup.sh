#!/usr/bin/env bash
# Set up a fresh checkout: the Python venv (.venv) with watchfloor installed, and, unless
# KAFKA_BOOTSTRAP_SERVERS names an existing broker, the local Kafka broker (started).
# Sourced by deploy/demo.sh and deploy/test.sh; idempotent and quick when already done.
set -euo pipefail
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
PYTHON="${PYTHON:-python3}"

setup_venv() {
  local stamp="$REPO/.venv/.installed"
  local want
  want="$(cksum <"$REPO/pyproject.toml" | awk '{print $1}')"
  if [[ ! -x "$REPO/.venv/bin/python" ]]; then
    "$PYTHON" -c 'import sys; assert sys.version_info >= (3, 11), "Python 3.11+ is needed"' \
      || { echo "watchfloor needs Python 3.11 or newer as \$PYTHON (now: $PYTHON)" >&2; exit 1; }
    echo "[setup] creating .venv" >&2
    "$PYTHON" -m venv "$REPO/.venv"
  fi
  if [[ ! -f "$stamp" || "$(cat "$stamp")" != "$want" ]]; then
    echo "[setup] installing watchfloor and its dependencies into .venv" >&2
    "$REPO/.venv/bin/pip" install -q --disable-pip-version-check -e "$REPO[test]"
    echo "$want" >"$stamp"
  fi
}

setup_broker() {
  if [[ -n "${KAFKA_BOOTSTRAP_SERVERS:-}" ]]; then
    echo "[setup] using the existing broker at $KAFKA_BOOTSTRAP_SERVERS" >&2
    return 0
  fi
  if ! command -v java >/dev/null 2>&1; then
    cat >&2 <<MSG
[setup] Java was not found. The local Kafka broker needs Java 17+ and Maven:
          Debian/Ubuntu: sudo apt install openjdk-17-jre-headless maven
        or point watchfloor at an existing Kafka 4.x broker:
          KAFKA_BOOTSTRAP_SERVERS=host:9092 $0
        or, with Docker: docker compose up
MSG
    exit 1
  fi
  bash "$REPO/deploy/kafka/start.sh"
}
