#!/usr/bin/env bash
# The contract tests' postgres project needs a PostgreSQL server; a fresh machine may not have
# one. Like ensure-chromium.sh, install Debian's package (as root) rather than fail, start its
# cluster, make a role and database for the tests, and print the connection URL (last line of
# stdout). Not root: only checks that the role can already connect. TEST_DATABASE_URL, when set,
# is used by the tests instead of this script.
set -euo pipefail

role="${EE_TEST_PG_ROLE:-ee_test}"
password="${EE_TEST_PG_PASSWORD:-ee_test}"
database="${EE_TEST_PG_DATABASE:-ee_test}"

fail() {
  echo "ensure-postgres: $*" >&2
  exit 1
}

is_root() { [ "$(id -u)" -eq 0 ]; }

if ! command -v pg_lsclusters >/dev/null 2>&1; then
  is_root || fail "PostgreSQL is not installed: run 'sudo apt-get install -y postgresql' (or this script with sudo), or set TEST_DATABASE_URL"
  echo "Installing PostgreSQL (Debian package) for the contract tests" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq --no-install-recommends postgresql >/dev/null
fi

# The newest cluster: "version name port status owner datadir logfile".
cluster="$(pg_lsclusters --no-header | sort -k1,1V | tail -n 1)"
if [ -z "$cluster" ]; then
  is_root || fail "PostgreSQL has no cluster: run 'sudo pg_createcluster <version> main --start'"
  version="$(find /usr/lib/postgresql -mindepth 1 -maxdepth 1 -printf '%f\n' | sort -V | tail -n 1)"
  [ -n "$version" ] || fail "no PostgreSQL version found under /usr/lib/postgresql"
  pg_createcluster "$version" main >&2
  cluster="$(pg_lsclusters --no-header | sort -k1,1V | tail -n 1)"
fi
read -r version name port status _ <<<"$cluster"

if [ "$status" != "online" ]; then
  is_root || fail "PostgreSQL $version/$name is $status: run 'sudo pg_ctlcluster $version $name start'"
  pg_ctlcluster "$version" "$name" start >&2
fi
for _ in $(seq 1 60); do
  pg_isready -q -h localhost -p "$port" && break
  sleep 0.5
done
pg_isready -q -h localhost -p "$port" || fail "PostgreSQL $version/$name did not start on port $port"

url="postgres://${role}:${password}@localhost:${port}/${database}"

if is_root; then
  as_postgres() { su postgres -s /bin/sh -c "psql -q -v ON_ERROR_STOP=1 -p $port -d postgres -tAc \"$1\""; }
  if [ "$(as_postgres "SELECT 1 FROM pg_roles WHERE rolname = '${role}'")" != "1" ]; then
    as_postgres "CREATE ROLE ${role} LOGIN CREATEDB PASSWORD '${password}'" >&2
  fi
  # Dropping a test database ends its connections, autovacuum's among them: that needs this role.
  as_postgres "GRANT pg_signal_backend TO ${role}" >&2
  if [ "$(as_postgres "SELECT 1 FROM pg_database WHERE datname = '${database}'")" != "1" ]; then
    as_postgres "CREATE DATABASE ${database} OWNER ${role}" >&2
  fi
elif ! PGPASSWORD="$password" psql -q -h localhost -p "$port" -U "$role" -d "$database" \
  -tAc 'SELECT 1' >/dev/null 2>&1; then
  fail "cannot connect as ${role}: run this script once with sudo to create the role, or set TEST_DATABASE_URL"
fi

echo "$url"
