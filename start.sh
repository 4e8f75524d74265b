#!/usr/bin/env bash
# Builds the platform and starts it: Karaf with every CyberSudoe feature, embedded Derby under
# karaf-distribution/target/assembly/data, and the CyberSudoe demo programme loaded.
# Stop it with Ctrl-D (console) or karaf-distribution/target/assembly/bin/stop.
set -euo pipefail
cd "$(dirname "$0")"
source .ci/prerequisites.sh
check_prerequisites

mvn -B -q -DskipTests install
home=karaf-distribution/target/assembly
password_file="$home/data/cybersudoe/initial-admin-password"
echo
echo "Starting CyberSudoe in $home"
echo "  REST:     http://localhost:8181/api/v1/health   (API browser: http://localhost:8181/api/api-docs)"
echo "  SOAP:     http://localhost:8181/soap/"
if [ -n "${CYBERSUDOE_ADMIN_PASSWORD:-}" ]; then
  echo "  Login:    admin / the password in CYBERSUDOE_ADMIN_PASSWORD (first start only)"
else
  echo "  Login:    admin / the password written at first start to $password_file"
fi
echo
if [ -t 0 ]; then
  exec "$home/bin/karaf"
else
  exec "$home/bin/karaf" server
fi
