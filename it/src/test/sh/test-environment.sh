#!/usr/bin/env bash
# What the integration tests need beyond a JDK and Maven, installed and started here:
#   - MariaDB (stands in for MySQL 8: Debian has no MySQL server package), started on a private
#     port and socket with its data under target/, with a fresh database hotline_it;
#   - Chromium and ChromeDriver for the end-to-end test of the pages.
# Usage: test-environment.sh start|stop|resume <work-dir> <port>  (resume: restart a stopped MariaDB on its data)
set -euo pipefail
cmd=$1 dir=$2 port=$3
sock="$dir/mysqld.sock"
say() { echo "[test-environment] $*"; }

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo -n "$@"; fi; }

install_missing() {
  local missing=()
  [ -x /usr/sbin/mariadbd ] || command -v mariadbd >/dev/null 2>&1 || missing+=(mariadb-server)
  command -v chromium >/dev/null 2>&1 || missing+=(chromium)
  command -v chromedriver >/dev/null 2>&1 || missing+=(chromium-driver)
  # a Chinese font, so that the screenshots of the pages (target/screenshots) are readable
  [ -n "$(fc-list :lang=zh 2>/dev/null)" ] || missing+=(fonts-wqy-microhei)
  if [ ${#missing[@]} -gt 0 ]; then
    say "installing ${missing[*]} with apt-get (needed by the integration tests) ..."
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    say "installed ${missing[*]}"
  fi
}

mariadbd_bin() { [ -x /usr/sbin/mariadbd ] && echo /usr/sbin/mariadbd || command -v mariadbd; }

start_mariadb() {
  if mariadb-admin --no-defaults --socket="$sock" -uroot ping >/dev/null 2>&1; then
    say "MariaDB already running on port $port"
  else
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      say "port $port is taken by another program: stop it, or run with -Dit.mariadb.port=<free port>"
      exit 1
    fi
    say "starting MariaDB on 127.0.0.1:$port (data in $dir/data) ..."
    rm -rf "$dir"
    mkdir -p "$dir"
    mariadb-install-db --no-defaults --datadir="$dir/data" --user="$(id -un)" \
      --auth-root-authentication-method=normal >"$dir/install.log" 2>&1
    run_mariadbd
  fi
  mariadb --no-defaults --socket="$sock" -uroot -e "
    DROP DATABASE IF EXISTS hotline_it;
    CREATE DATABASE hotline_it CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
    CREATE USER IF NOT EXISTS 'hotline'@'127.0.0.1' IDENTIFIED BY 'hotline';
    CREATE USER IF NOT EXISTS 'hotline'@'localhost' IDENTIFIED BY 'hotline';
    GRANT ALL ON hotline_it.* TO 'hotline'@'127.0.0.1';
    GRANT ALL ON hotline_it.* TO 'hotline'@'localhost';"
  say "MariaDB ready: database hotline_it, user hotline"
}

# Starts mariadbd on the data directory as it is (used by start, and by resume after an outage test).
run_mariadbd() {
    nohup "$(mariadbd_bin)" --no-defaults --datadir="$dir/data" --socket="$sock" --port="$port" \
      --bind-address=127.0.0.1 --user="$(id -un)" --pid-file="$dir/mysqld.pid" --log-error="$dir/error.log" \
      --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci \
      --transaction-isolation=READ-COMMITTED --innodb-flush-log-at-trx-commit=1 \
      --innodb-buffer-pool-size=512M --max-connections=300 >/dev/null 2>&1 &
    for _ in $(seq 1 60); do
      mariadb-admin --no-defaults --socket="$sock" -uroot ping >/dev/null 2>&1 && break
      sleep 0.5
    done
    mariadb-admin --no-defaults --socket="$sock" -uroot ping >/dev/null || { cat "$dir/error.log"; exit 1; }
}

# After an outage test stopped it: the same server on the same data, nothing dropped.
resume_mariadb() {
  if mariadb-admin --no-defaults --socket="$sock" -uroot ping >/dev/null 2>&1; then
    say "MariaDB already running on port $port"
  else
    say "resuming MariaDB on 127.0.0.1:$port (data in $dir/data) ..."
    run_mariadbd
  fi
}

stop_mariadb() {
  if mariadb-admin --no-defaults --socket="$sock" -uroot shutdown >/dev/null 2>&1; then
    say "MariaDB stopped"
  fi
}

case "$cmd" in
  start) install_missing; start_mariadb ;;
  stop) stop_mariadb ;;
  resume) resume_mariadb ;;
  *) echo "usage: $0 start|stop|resume <dir> <port>" >&2; exit 2 ;;
esac
