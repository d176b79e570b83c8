#!/usr/bin/env bash
# The test command: set everything up (venv, local broker) and run the whole suite,
# broker tests included. Extra arguments go to pytest. `.ci/run` calls this.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
setup_venv
setup_broker
cd "$REPO"
exec .venv/bin/python -m pytest -q -ra "$@"
