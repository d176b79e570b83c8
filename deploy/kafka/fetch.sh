#!/usr/bin/env bash
# fetch.sh - resolve the Kafka broker jars (kafka_2.13 + log4j slf4j binding, see
# pom.xml) into deploy/kafka/lib/ via Maven. Idempotent: a no-op when lib/ is
# already complete for the current pom.xml (stamp file lib/.complete).
# Needs Java 17+ and (only when lib/ must be (re)built) Maven + Maven Central.
set -euo pipefail
# shellcheck source=_common.sh
source "$(dirname "${BASH_SOURCE[0]}")/_common.sh"

take_lock
if jars_complete; then
  require_java
  log "jars already present in $KAFKA_LIB"
  exit 0
fi
fetch_jars
