# Shared by start.sh and test.sh: checks what the build needs and says how to get it.
# Sourced, not run.
check_prerequisites() {
  local missing=()
  command -v java >/dev/null 2>&1 || missing+=("openjdk-17-jdk-headless")
  command -v mvn >/dev/null 2>&1 || missing+=("maven")
  # PostgreSQL server binaries: the network area's migrations are tested on a scratch server too
  compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || missing+=("postgresql")
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
