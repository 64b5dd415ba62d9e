#!/usr/bin/env bash
# The desktop integration and the manual pages, checked with the tools distributions use:
#   - desktop-file-validate: no error, no warning, no hint;
#   - appstreamcli validate (--pedantic --strict): no issue of any severity, on the metainfo
#     and over an installed tree (validate-tree also finds the desktop entry and the icons);
#   - every screenshot the metainfo names is in docs/screenshots with the size it declares;
#   - the icon at every hicolor size, named after the application id;
#   - manual pages for every program: render without a warning, have the usual sections, the
#     program's version, and every option its --help lists (so they are made from the help).
#
#   metadata.sh --build DIR --app-id ID --version V
#               [--console EXE --desktop FILE --metainfo FILE --screenshots DIR]
set -euo pipefail

console='' desktop='' metainfo='' screenshots=''
while [ $# -gt 0 ]; do
    case $1 in
    --build) build=$2 ;;
    --app-id) app_id=$2 ;;
    --version) version=$2 ;;
    --console) console=$2 ;;
    --desktop) desktop=$2 ;;
    --metainfo) metainfo=$2 ;;
    --screenshots) screenshots=$2 ;;
    *) echo "metadata.sh: unknown argument $1" >&2; exit 2 ;;
    esac
    shift 2
done

failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
pass() { echo "ok: $*"; }
check() { # check DESCRIPTION COMMAND...: passes when the command succeeds
    local what=$1
    shift
    if "$@"; then pass "$what"; else fail "$what"; fi
}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
root=$work/root

# An install of the build into a private prefix, exactly what the packages are made from.
components=(cli)
[ -n "$console" ] && components+=(console)
for component in "${components[@]}"; do
    cmake --install "$build" --component "$component" --prefix "$root/usr" >/dev/null
done

# Runs a validator; passes only when it succeeds and prints nothing but its success line.
quiet_validator() {
    local what=$1
    shift
    local out
    if ! out=$("$@" 2>&1); then
        fail "$what"
        printf '%s\n' "$out"
        return
    fi
    out=$(printf '%s\n' "$out" | grep -v -e '^✔ Validation was successful\.$' -e '^$' || true)
    if [ -n "$out" ]; then
        fail "$what reports:"
        printf '%s\n' "$out"
    else
        pass "$what"
    fi
}

if [ -n "$console" ]; then
    quiet_validator "desktop-file-validate $(basename "$desktop")" desktop-file-validate "$desktop"
    quiet_validator "appstreamcli validate $(basename "$metainfo")" \
        appstreamcli validate --no-net --pedantic --strict "$metainfo"
    quiet_validator "appstreamcli validate-tree (installed)" \
        appstreamcli validate-tree --no-net --pedantic --strict "$root"

    apps=$root/usr/share/applications
    check "desktop entry installed as $app_id.desktop" test -f "$apps/$app_id.desktop"
    check "the desktop entry's icon is $app_id" grep -qx "Icon=$app_id" "$desktop"
    check "the metainfo launches $app_id.desktop" \
        grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$metainfo"
    check "the metainfo has release notes for $version" \
        grep -q "<release version=\"$version\"" "$metainfo"

    # Each screenshot: <image type="source" width="W" height="H">URL/NAME.png</image>
    image='.*<image[^>]*width="\([0-9]*\)" height="\([0-9]*\)">.*/\([^/<]*\)</image>.*'
    shots=$(sed -n "s|$image|\\1 \\2 \\3|p" "$metainfo")
    check "the metainfo names $(grep -c . <<<"$shots") screenshots" test -n "$shots"
    while read -r width height name; do
        [ -z "$name" ] && continue
        if [ ! -f "$screenshots/$name" ]; then
            fail "screenshot $name is not in docs/screenshots"
        elif file "$screenshots/$name" | grep -q "PNG image data, $width x $height,"; then
            pass "screenshot $name is ${width}x$height"
        else
            fail "screenshot $name is not ${width}x$height: $(file -b "$screenshots/$name")"
        fi
    done <<<"$shots"

    # The session file type: shared-mime-info reads it without a complaint, *.nvsession is
    # application/x-nvsession, and the desktop entry opens that type with the file's path.
    mime=$root/usr/share/mime
    check "MIME type installed as mime/packages/$app_id.xml" test -f "$mime/packages/$app_id.xml"
    quiet_validator "update-mime-database (installed)" \
        env XDG_DATA_DIRS="$root/usr/share" update-mime-database "$mime"
    check "*.nvsession is application/x-nvsession" \
        grep -q '^[0-9]*:application/x-nvsession:\*\.nvsession$' "$mime/globs2"
    check "the MIME database lists application/x-nvsession" \
        grep -q '^application/x-nvsession$' "$mime/types"
    check "the desktop entry opens application/x-nvsession" \
        grep -qx 'MimeType=application/x-nvsession;' "$desktop"
    check "the desktop entry passes the file (Exec=nv-console %f)" \
        grep -qx 'Exec=nv-console %f' "$desktop"
    check "the metainfo provides the session type" \
        grep -q '<mediatype>application/x-nvsession</mediatype>' "$metainfo"

    icons=$root/usr/share/icons/hicolor
    check "scalable icon" test -f "$icons/scalable/apps/$app_id.svg"
    for size in 16 32 48 64 128 256; do
        png=$icons/${size}x$size/apps/$app_id.png
        if [ -f "$png" ] && file "$png" | grep -q "PNG image data, $size x $size,"; then
            pass "icon ${size}x$size"
        else
            fail "icon ${size}x$size missing or of another size: $png"
        fi
    done
fi

# Manual pages. Options are compared as plain ASCII ("man -E ascii" renders "\-" as "-").
render() { LC_ALL=C.UTF-8 MANWIDTH=100 man -E ascii -l -P cat "$1" 2>/dev/null; }
options_of() { # the long options listed after "Options:" in what the command prints
    "$@" 2>/dev/null |
        sed -n '/^Options:/,$ s/^ \{1,4\}\(-[a-zA-Z], \)\{0,1\}\(--[a-z][a-z0-9-]*\).*/\2/p'
}
# check_page PROGRAM HELP-ARGS...: each HELP-ARGS (one word list) prints some of its options.
check_page() {
    local program=$1 page=$root/usr/share/man/man1/$1.1.gz
    shift
    if [ ! -f "$page" ]; then
        fail "no manual page $program(1)"
        return
    fi
    local warnings text section option missing=''
    warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -E UTF-8 -l -Tutf8 -Z "$page" \
        2>&1 >/dev/null || echo "man failed")
    check "$program(1) renders without warnings${warnings:+: $warnings}" test -z "$warnings"
    text=$(render "$page" || true)
    for section in NAME SYNOPSIS DESCRIPTION OPTIONS "SEE ALSO"; do
        grep -q "^$section\$" <<<"$text" || missing+=" $section"
    done
    grep -q "^$program $version " <<<"$text" || missing+=" version-$version"
    local options
    # shellcheck disable=SC2086 # each help is a list of fixed words
    options=$(for help in "$@"; do options_of "$root/usr/bin/$program" $help; done | sort -u)
    # Each option has an entry of its own in OPTIONS, not just a mention in the synopsis.
    local entries
    entries=$(sed -n '/^OPTIONS$/,/^[A-Z][A-Z ]*$/ p' <<<"$text")
    for option in $options; do
        grep -qE -e "^ +(-[a-zA-Z], )?$option( |\$)" <<<"$entries" || missing+=" $option"
    done
    check "$program(1) has its sections, version and every option${missing:+; lacks$missing}" \
        test -z "$missing"
}
check_page nv-cli "help flow" "help verify" "help log"
check "nv-cli(1) has EXIT STATUS" grep -q '^EXIT STATUS$' \
    <<<"$(render "$root/usr/share/man/man1/nv-cli.1.gz")"
check_page nv-sandbox --help
if [ -n "$console" ]; then
    check_page nv-console --help
fi

check "bash completion installed" test -f "$root/usr/share/bash-completion/completions/nv-cli"

echo "installed files:"
(cd "$root" && find . -type f | sort | sed 's/^\./  /')
if [ "$failures" -gt 0 ]; then
    echo "$failures check(s) failed"
    exit 1
fi
echo "all checks passed"
