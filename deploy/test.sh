#!/usr/bin/env bash
# The test command: set everything up (venv, local broker) and run the whole suite,
# broker tests included, then lint (ruff, its default rules) and type-check (mypy over streams/
# and connectors/, see pyproject.toml), both pinned. Extra arguments go to pytest. `.ci/run`
# calls this.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
setup_venv
setup_broker
cd "$REPO"
status=0
.venv/bin/python -m pytest -q -ra "$@" || status=$?
echo "[lint] ruff check" >&2
.venv/bin/ruff check --quiet . || status=$?
echo "[types] mypy" >&2
.venv/bin/mypy || status=$?
exit "$status"
