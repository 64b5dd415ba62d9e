#!/usr/bin/env bash
# Runs one test with a private D-Bus daemon as its *system* bus (DBUS_SYSTEM_BUS_ADDRESS), so
# that a test double can own org.freedesktop.NetworkManager on it. Never the machine's own
# system bus; the daemon is stopped on exit (test doubles on it quit with it); everything runs
# under a timeout.
#   with-private-system-bus.sh <timeout-seconds> <test-executable> [args...]
set -euo pipefail
limit=$1
shift
info=$(dbus-daemon --session --fork --print-address=1 --print-pid=1)
address=$(sed -n 1p <<<"$info")
pid=$(sed -n 2p <<<"$info")
trap 'kill "$pid" 2>/dev/null || true' EXIT
export DBUS_SYSTEM_BUS_ADDRESS=$address
# Stops the test a little before ctest would: ctest kills without a signal this trap can see,
# which would leave the daemon behind.
inner=$((limit > 30 ? limit - 15 : limit))
status=0
timeout --kill-after=5 "$inner" "$@" || status=$?
exit "$status"
