#!/usr/bin/env bash
# LearningLoop's test command. On a fresh Debian machine it installs what the tests need (PostgreSQL, Chromium, and the
# DejaVu fonts with fontconfig that the server's chart PNGs are drawn with),
# starts a throwaway PostgreSQL cluster on loopback, runs every test project, stops the cluster, and ends with
# one line of totals: "N passed, N failed[, N skipped]".
set -uo pipefail
cd "$(dirname "$0")"
root_dir=$(pwd)

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

missing=()
[ -n "$(pg_bin)" ] || missing+=(postgresql)
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
# Chart PNGs are drawn on the server by SkiaSharp, which finds fonts through fontconfig (decision 0029).
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || missing+=(fonts-dejavu-core)
ldconfig -p 2>/dev/null | grep -q 'libfontconfig\.so\.1' || missing+=(libfontconfig1)
if [ ${#missing[@]} -gt 0 ]; then
  echo "test.sh: installing ${missing[*]} from the distribution's packages"
  as_root apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "${missing[@]}" >/dev/null || { echo "test.sh: could not install ${missing[*]}"; echo "0 passed, 1 failed"; exit 1; }
fi

# A throwaway PostgreSQL cluster in a temp folder, on a free loopback port, owned by the postgres user when we are root.
PGBIN=$(pg_bin)
work=$(mktemp -d /tmp/learningloop-test.XXXXXX)
chmod 755 "$work"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])' 2>/dev/null || echo 55439)
pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[ "$(id -u)" -eq 0 ] && chown postgres "$work"
pg "$PGBIN/initdb" -D "$work/data" -U postgres -A trust --no-sync -E UTF8 >"$work/initdb.log" 2>&1 \
  || { cat "$work/initdb.log"; echo "0 passed, 1 failed"; exit 1; }
pg "$PGBIN/pg_ctl" -D "$work/data" -l "$work/postgres.log" -w \
  -o "-p $port -k $work -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" start >/dev/null \
  || { cat "$work/postgres.log"; echo "0 passed, 1 failed"; exit 1; }
cleanup() {
  pg "$PGBIN/pg_ctl" -D "$work/replica" -m immediate stop >/dev/null 2>&1
  pg "$PGBIN/pg_ctl" -D "$work/data" -m immediate stop >/dev/null 2>&1
  rm -rf "$work"
}
trap cleanup EXIT

# Its streaming replica (issue 15): a base backup with -R (standby.signal and the primary's address) on another loopback
# port. The replica tests pause its replay, and stop and start it through $work/replica.sh.
replica_port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])' 2>/dev/null || echo 55440)
pg "$PGBIN/pg_basebackup" -h 127.0.0.1 -p "$port" -U postgres -D "$work/replica" -R -X stream -c fast --no-sync >"$work/basebackup.log" 2>&1 \
  || { cat "$work/basebackup.log"; echo "0 passed, 1 failed"; exit 1; }
cat >"$work/replica.sh" <<EOF
#!/usr/bin/env bash
# ./replica.sh start|stop: the test cluster's streaming replica, run as the postgres user when we are root.
set -e
run() { if [ "\$(id -u)" -eq 0 ]; then runuser -u postgres -- "\$@"; else "\$@"; fi; }
case "\$1" in
  start) run "$PGBIN/pg_ctl" -D "$work/replica" -l "$work/replica.log" -w \\
           -o "-p $replica_port -k $work -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null ;;
  stop) run "$PGBIN/pg_ctl" -D "$work/replica" -m fast -w stop >/dev/null ;;
  *) echo "usage: \$0 start|stop" >&2; exit 2 ;;
esac
EOF
chmod 755 "$work/replica.sh"
"$work/replica.sh" start || { cat "$work/replica.log"; echo "0 passed, 1 failed"; exit 1; }

export LEARNINGLOOP_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres;Pooling=true"
export LEARNINGLOOP_TEST_POSTGRES_REPLICA="Host=127.0.0.1;Port=$replica_port;Username=postgres;Database=postgres;Pooling=true"
export LEARNINGLOOP_TEST_POSTGRES_REPLICA_CONTROL="$work/replica.sh"
export LEARNINGLOOP_TEST_CHROMIUM=$(command -v chromium)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

log="$work/dotnet-test.log"
dotnet build LearningLoop.slnx -c Release 2>&1 | tee "$work/build.log" | grep -E "error|Warn|Elapsed" | tail -n 20
build_status=${PIPESTATUS[0]}
if [ "$build_status" -ne 0 ]; then
  echo "test.sh: the build failed"; echo "0 passed, 1 failed"; exit 1
fi
dotnet test LearningLoop.slnx -c Release --no-build 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

# dotnet test prints one summary per project: "Passed!  - Failed: 0, Passed: 12, Skipped: 0, Total: 12, ..."
read -r passed failed skipped < <(grep -oE "Failed: +[0-9]+, Passed: +[0-9]+, Skipped: +[0-9]+" "$log" \
  | awk -F'[:,] *' '{f+=$2; p+=$4; s+=$6} END {print p+0, f+0, s+0}')
projects=$(ls tests/*/*.csproj | wc -l)
reported=$(grep -cE "Failed: +[0-9]+, Passed: +[0-9]+" "$log")
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi   # a crash or a project that never reported
if [ "$reported" -lt "$projects" ] && [ "$failed" -eq 0 ]; then failed=1; status=1; echo "test.sh: only $reported of $projects test projects reported"; fi
line="$passed passed, $failed failed"
[ "$skipped" -gt 0 ] && line="$line, $skipped skipped"
echo "$line"
exit "$status"
