#!/usr/bin/env bash
# The bash completion for nv-cli: it loads in a plain bash (no bash-completion package, no
# rc files), registers for nv-cli, and completes commands, options and option values from the
# help of the nv-cli that is on PATH, the way bash calls it on <TAB>.
#
#   completion.sh COMPLETION-FILE NV-CLI
set -euo pipefail
completion=$1
cli=$2

bindir=$(mktemp -d)
trap 'rm -rf "$bindir"' EXIT
ln -s "$cli" "$bindir/nv-cli"

# Each case: the words on the line (the last one is being completed), then the expected
# completions, sorted, separated by spaces.
cases=$(
    cat <<'EOF'
nv-cli fl|flow
nv-cli |--help --version doctor flow help key log send verify
nv-cli help v|verify
nv-cli log |export list report show
nv-cli log list --st|--status --step
nv-cli log export --js|--json --jsonl
nv-cli flow --bro|--browser
nv-cli flow --browser |none offscreen phone system
nv-cli flow --pkce o|off on
nv-cli flow --token-auth |basic post private_key_jwt
nv-cli verify --tok|--token-env
nv-cli flow --client-secret-env NV_TEST_SECR|NV_TEST_SECRET_VAR
nv-cli flow --proxy-|--proxy-password-env --proxy-user
nv-cli flow --proxy-password-env NV_TEST_SECR|NV_TEST_SECRET_VAR
nv-cli verify --client-k|--client-key --client-key-password-env
nv-cli flow --client-key-password-env NV_TEST_SECR|NV_TEST_SECRET_VAR
nv-cli flow --phone |
nv-cli nonsense --|
EOF
)

PATH=$bindir:$PATH NV_TEST_SECRET_VAR=1 COMPLETION=$completion CASES=$cases BINDIR=$bindir \
    bash --norc --noprofile -c '
set -u
source "$COMPLETION" || { echo "FAIL: the completion does not load"; exit 1; }
registered=$(complete -p nv-cli 2>/dev/null)
if [ "$registered" != "complete -F _nv_cli nv-cli" ]; then
    echo "FAIL: nv-cli is not registered (complete -p: \"$registered\")"
    exit 1
fi
echo "ok: loads and registers: $registered"
failures=0
while IFS="|" read -r line expected; do
    read -r -a COMP_WORDS <<<"$line"
    [[ $line == *" " ]] && COMP_WORDS+=("")
    COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
    COMP_LINE=$line
    COMP_POINT=${#line}
    COMPREPLY=()
    _nv_cli nv-cli "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}"
    got=$(printf "%s\n" "${COMPREPLY[@]}" | grep -v "^$" | sort | tr "\n" " ")
    got=${got% }
    if [ "$got" = "$expected" ]; then
        echo "ok: \"$line<TAB>\" -> $got"
    else
        echo "FAIL: \"$line<TAB>\" -> \"$got\", expected \"$expected\""
        failures=$((failures + 1))
    fi
done <<<"$CASES"

# The help is read once per shell: with the program now failing, completion still works.
rm "$BINDIR/nv-cli"
printf "#!/bin/sh\nexit 1\n" >"$BINDIR/nv-cli"
chmod +x "$BINDIR/nv-cli"
COMP_WORDS=(nv-cli verify --tok) COMP_CWORD=2 COMPREPLY=()
_nv_cli
if [ "${COMPREPLY[*]}" = "--token-env" ]; then
    echo "ok: the help is read once per shell (cached)"
else
    echo "FAIL: the help is read again on every <TAB> (got \"${COMPREPLY[*]}\")"
    failures=$((failures + 1))
fi
exit $((failures > 0))
'
