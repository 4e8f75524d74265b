# Shared by start.sh and test.sh: checks what the build needs and says how to get it.
# Sourced, not run.
# check_prerequisites [test]: with "test", also what the tests need.
check_prerequisites() {
  local missing=()
  command -v java >/dev/null 2>&1 || missing+=("openjdk-17-jdk-headless")
  command -v mvn >/dev/null 2>&1 || missing+=("maven")
  if [ "${1:-}" = "test" ]; then
    # PostgreSQL server binaries: every area's migrations are tested on a scratch server too,
    # which runs as the package's postgres account (runuser, from util-linux) when we are root
    compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || missing+=("postgresql")
    # dkimpy: a DKIM verifier that shares no code with the platform's signer (DispatchTest)
    /usr/bin/python3 -c 'import dkim' >/dev/null 2>&1 || missing+=("python3-dkim")
  fi
  if command -v java >/dev/null 2>&1; then
    local version
    version=$(java -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -1)
    if [ "$version" != "17" ]; then
      echo "Java 17 is required (found ${version:-none}): apt-get install openjdk-17-jdk-headless and set JAVA_HOME." >&2
      exit 1
    fi
  fi
  if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
      echo "Installing ${missing[*]} ..."
      apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
    else
      echo "Missing: ${missing[*]}. Install them with: sudo apt-get install ${missing[*]}" >&2
      exit 1
    fi
  fi
  if [ -z "${JAVA_HOME:-}" ]; then
    JAVA_HOME=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
    export JAVA_HOME
  fi
}
