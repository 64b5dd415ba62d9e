#!/usr/bin/env bash
# Runs one test in an empty HOME of its own, so nothing a previous run left behind (settings,
# profiles, a request log, a marker) can make a check pass or fail.
#   fresh-home.sh <folder> <command> [args...]
# Each run gets <folder>/run-<pid>, named after the process that runs the test (this shell,
# replaced by the test through exec). Folders of runs whose process is gone are removed first;
# the last run's folder stays until then, to look at after a failure. Runs of the same test in
# two ctest invocations at once (two build trees' worth of load on one build) never share one.
set -euo pipefail
base=$1
shift
mkdir -p "$base"
for old in "$base"/run-*; do
    [ -e "$old" ] || continue
    pid=${old##*/run-}
    # /proc, not kill -0: a live process of another user must count as alive too.
    [ -d "/proc/$pid" ] || rm -rf "$old"
done
home=$base/run-$$
rm -rf "$home" # a pid reused after a crash: start empty all the same
mkdir -p "$home/run"
chmod 700 "$home/run"
export HOME=$home NV_TEST_HOME=$home XDG_RUNTIME_DIR=$home/run
export XDG_CONFIG_HOME=$home/.config XDG_DATA_HOME=$home/.local/share XDG_CACHE_HOME=$home/.cache
exec "$@"
