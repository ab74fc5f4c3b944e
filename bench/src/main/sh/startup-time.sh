#!/usr/bin/env bash
# Start-up time of the provisioned server: starts it (demo data, H2 file in <data-dir>), waits for
# the first answered request (GET /api/me as operator), prints the wall-clock seconds, the CPU
# seconds the JVM used until then (less sensitive to other load on a shared machine) and the
# milestones of the server log as seconds after launch, then stops the server cleanly (which also
# writes the class data sharing archive on its first run; see standalone.conf).
# Usage: bench/src/main/sh/startup-time.sh <server-home> <data-dir> [port-offset]   (docs/performance.md)
set -euo pipefail
home=$(cd "$1" && pwd) data=$2 offset=${3:-0}
port=$((8080 + offset)) log="$data/startup-$(date +%H%M%S).log"
mkdir -p "$data"
t0=$(date +%s.%N)
LAUNCH_JBOSS_IN_BACKGROUND=1 "$home/bin/standalone.sh" -Dhotline.demo=true \
  -Djboss.socket.binding.port-offset="$offset" -Djboss.as.management.blocking.timeout=1800 \
  -Dhotline.data.dir="$data" -Dhotline.index.dir="$data/index" >"$log" 2>&1 &
launcher=$!
until [ "$(curl -s -o /dev/null -w '%{http_code}' -u operator:demo "http://localhost:$port/api/me")" = 200 ]; do
  kill -0 $launcher 2>/dev/null || { echo "server exited; see $log" >&2; exit 1; }
  sleep 0.25
done
t1=$(date +%s.%N)
jvm=$(pgrep -P $launcher java)
cpu=$(awk -v hz="$(getconf CLK_TCK)" '{ printf "%.1f", ($14 + $15) / hz }' "/proc/$jvm/stat")
printf 'first answered request %.1f s after launch; JVM CPU %s s; load average %s\n' \
  "$(echo "$t1 - $t0" | bc)" "$cpu" "$(cut -d' ' -f1 /proc/loadavg)"
start=$(date -d "@$t0" +%H:%M:%S.%N | cut -c1-12)
sed 's/\x1b\[[0-9;]*m//g' "$log" | grep -E 'WFLYSRV0049|WFLYSRV0027|WFLYSRV0207: Starting subdeployment \(runtime-name: "hotline-ejb|WFLYJPA0010.*phase 2|HSEARCH000075|FlywayExecutor\].*Database:|schema at version|ENGINE-00001|Camunda engine started|WFLYUT0021: Registered web context: .\/. |WFLYSRV0010|WFLYSRV0025' \
  | awk -v s="$start" 'function sec(t, a) { gsub(",", ".", t); split(t, a, ":"); return a[1]*3600 + a[2]*60 + a[3] }
      { printf "%7.1f s  %s\n", sec(substr($0, 1, 12)) - sec(s), substr($0, 14, 150) }'
kill $launcher
while kill -0 "$jvm" 2>/dev/null; do sleep 1; done
