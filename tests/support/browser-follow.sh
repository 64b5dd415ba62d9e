#!/usr/bin/env bash
# Plays the desktop's default browser for tests of the system-browser mode: xdg-open runs
# "$BROWSER <url>". It follows the authorize chain with curl (cookies kept, as a browser does)
# until the loopback redirect answers. NV_BROWSER_MODE changes what it does:
#   follow      (default) follow the whole chain
#   wrong-state come straight back to the redirect URI with a code and a state of its own
#   wrong-path  come back to another path on the redirect URI's port
#   nothing     open nothing (the console waits until its timeout)
set -u
url=$1
mode=${NV_BROWSER_MODE:-follow}
jar=$(mktemp)
trap 'rm -f "$jar"' EXIT
redirect=$(printf '%s' "$url" | sed -n 's/.*[?&]redirect_uri=\([^&]*\).*/\1/p')
redirect=$(printf '%b' "${redirect//%/\\x}")
case "$mode" in
follow) exec curl -sS -L --max-redirs 20 -c "$jar" -b "$jar" -o /dev/null "$url" ;;
wrong-state) exec curl -sS -o /dev/null "$redirect?code=forged-code&state=not-the-runs-state" ;;
wrong-path) exec curl -sS -o /dev/null "${redirect%/*}/elsewhere?code=c&state=s" ;;
nothing) exit 0 ;;
esac
