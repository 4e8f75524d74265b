#!/usr/bin/env bash
# Runs every test: unit tests of each bundle, then the Pax Exam integration tests against the
# assembled distribution. Installs what the tests need first (see .ci/prerequisites.sh).
set -euo pipefail
cd "$(dirname "$0")"
source .ci/prerequisites.sh
check_prerequisites test

mvn -B -ntp install "$@"
