#!/usr/bin/env bash
# The Debian packages, from the build as it is (cpack installs the built files; nothing is
# compiled here):
#   - cpack makes nv-cli (and nv-console) with their contents listed below;
#   - lintian reports no error (every tag is printed, down to info and pedantic);
#   - hardening-check finds the hardening features in every packaged program;
#   - each package unpacked alone with dpkg-deb -x runs from there: nv-cli runs a whole flow
#     against the in-process sandbox, nv-sandbox and nv-console answer --version. The
#     project's libraries are static, so the programs need no RPATH and no LD_LIBRARY_PATH.
#
#   debs.sh --cpack CPACK --build DIR --version V --app-id ID [--with-console]
set -euo pipefail

with_console=''
while [ $# -gt 0 ]; do
    case $1 in
    --cpack) cpack=$2 && shift ;;
    --build) build=$2 && shift ;;
    --version) version=$2 && shift ;;
    --app-id) app_id=$2 && shift ;;
    --with-console) with_console=1 ;;
    *) echo "debs.sh: unknown argument $1" >&2 && exit 2 ;;
    esac
    shift
done

failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
pass() { echo "ok: $*"; }
check() { # check DESCRIPTION COMMAND...: passes when the command succeeds
    local what=$1
    shift
    if "$@"; then pass "$what"; else fail "$what"; fi
}
seconds() { date +%s%N; } # nanoseconds, for "took"
took() {
    local ms=$((($(seconds) - $1) / 1000000))
    printf '%d.%d s' $((ms / 1000)) $((ms % 1000 / 100))
}

out=${NV_TEST_HOME:-$(mktemp -d)}/packages
rm -rf "$out"
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

arch=$(dpkg --print-architecture)
packages=(nv-cli)
[ -n "$with_console" ] && packages+=(nv-console)

started=$(seconds)
if ! "$cpack" -G DEB --config "$build/CPackConfig.cmake" -B "$out" >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log"
    fail "cpack"
    exit 1
fi
pass "cpack made $(cd "$out" && echo *.deb) in $(took "$started")"

for package in "${packages[@]}"; do
    deb=$out/${package}_${version}_$arch.deb
    if [ ! -f "$deb" ]; then
        fail "no $deb"
        continue
    fi
    echo
    echo "== $(basename "$deb") ($(du -k "$deb" | cut -f1) kB)"
    dpkg-deb --field "$deb" Package Version Section Depends Recommends Suggests |
        sed 's/^/   /'
    echo "   contents:"
    dpkg-deb --contents "$deb" |
        awk '$6 !~ /\/$/ { printf "     %s %8d  %s\n", $1, $3, substr($6, 2) }'
    mkdir -p "$work/$package"
    dpkg-deb -x "$deb" "$work/$package"
done
echo

# lintian: no error. Info and pedantic tags are printed so that the report can list them.
started=$(seconds)
if lintian --display-info --pedantic --fail-on error "$out"/*.deb >"$work/lintian.log" 2>&1; then
    pass "lintian: no error ($(took "$started"))"
else
    fail "lintian reports errors"
fi
grep -E '^[EWIPX]: ' "$work/lintian.log" | sed 's/^/   /' || echo "   (no tags)"

# The files each package must hold.
expect() { # expect PACKAGE PATH...
    local package=$1 path
    shift
    for path in "$@"; do
        check "$package holds $path" test -f "$work/$package/$path"
    done
}
expect nv-cli usr/bin/nv-cli usr/bin/nv-sandbox \
    usr/share/man/man1/nv-cli.1.gz usr/share/man/man1/nv-sandbox.1.gz \
    usr/share/bash-completion/completions/nv-cli \
    usr/share/nv-console/translations/nv-cli_es.qm \
    usr/share/doc/nv-cli/copyright usr/share/doc/nv-cli/changelog.gz
if [ -n "$with_console" ]; then
    expect nv-console usr/bin/nv-console usr/share/man/man1/nv-console.1.gz \
        "usr/share/applications/$app_id.desktop" "usr/share/metainfo/$app_id.metainfo.xml" \
        "usr/share/icons/hicolor/scalable/apps/$app_id.svg" \
        "usr/share/mime/packages/$app_id.xml" \
        usr/share/nv-console/translations/nv-console_es.qm \
        usr/share/doc/nv-console/copyright usr/share/doc/nv-console/changelog.gz
    for size in 16 32 48 64 128 256; do
        expect nv-console "usr/share/icons/hicolor/${size}x$size/apps/$app_id.png"
    done
    check "nv-console holds no command-line program" \
        test ! -e "$work/nv-console/usr/bin/nv-cli" -a ! -e "$work/nv-console/usr/bin/nv-sandbox"
fi
check "nv-cli holds nothing of the desktop" test ! -e "$work/nv-cli/usr/share/applications"

# Each program runs from its own unpacked package: no RPATH, every library found.
for program in "$work"/*/usr/bin/*; do
    name=$(basename "$program")
    check "$name has no RPATH/RUNPATH" \
        bash -c "! readelf -d '$program' | grep -qE '\\((RPATH|RUNPATH)\\)'"
    check "$name finds every library" bash -c "! ldd '$program' | grep -q 'not found'"
done

# Debian's hardening (cmake/NvHardening.cmake): PIE, stack protector, fortified functions,
# RELRO and BIND_NOW, read from the packaged binaries. Not required:
#  - control-flow protection: Debian 12's C runtime start files carry no CET marking, so the
#    linker cannot mark any program (Debian 12's own packages are not marked either);
#  - fortified functions in nv-cli: its only calls glibc could check (memset, memcpy, memmove,
#    read) go to buffers whose size the compiler cannot know, so hardening-check finds no
#    fortified call to tell by; the other programs, built with the same flags, show them.
if command -v hardening-check >/dev/null; then
    for program in "$work"/*/usr/bin/*; do
        options=(--nocfprotection)
        [ "$(basename "$program")" = nv-cli ] && options+=(--nofortify)
        if report=$(hardening-check "${options[@]}" "$program" 2>&1); then
            pass "$(basename "$program") is hardened"
        else
            fail "$(basename "$program") lacks hardening"
        fi
        printf '%s\n' "$report" | tail -n +2 | sed 's/^/   /'
    done
else
    fail "hardening-check (devscripts) is not installed"
fi

cli=$work/nv-cli/usr/bin/nv-cli
started=$(seconds)
set +e
flow=$(timeout 120 "$cli" flow --phone +34666666666 --no-log --json 2>"$work/flow.err")
status=$?
set -e
echo "$ nv-cli flow --phone +34666666666 --no-log --json   (exit $status, $(took "$started"))"
printf '%s\n' "$flow" | sed 's/^/   /'
cat "$work/flow.err"
check "nv-cli flow from the package exits 0 (verified)" test "$status" -eq 0
check "nv-cli flow answers devicePhoneNumberVerified: true" \
    grep -q '"devicePhoneNumberVerified": true' <<<"$flow"
check "nv-cli --version is $version" \
    test "$("$cli" --version)" = "nv-cli $version"
# nv-cli links no Qt GUI: its graphics module (the PDF report, the offscreen browser's
# application) is in the same package, where the unpacked program finds it.
graphics=$(cd "$work/nv-cli" && find . -name 'nv-cli-graphics.so' | sed 's|^\./||')
echo "   nv-cli's graphics module: ${graphics:-(none)}"
check "nv-cli holds its graphics module" test -n "$graphics"
check "nv-cli does not link Qt GUI" bash -c "! readelf -d '$cli' | grep -q 'libQt6Gui'"
set +e
timeout 120 "$cli" flow --phone +34666666666 --correlation-id debs-pdf \
    --log-db "$work/report.sqlite" >/dev/null 2>&1
report=$(timeout 120 "$cli" log report --correlation-id debs-pdf --log-db "$work/report.sqlite" \
    --pdf "$work/report.pdf" 2>&1)
status=$?
set -e
echo "$ nv-cli log report --correlation-id debs-pdf --pdf report.pdf   (exit $status)"
echo "   $report"
check "nv-cli from the package writes a PDF report" \
    bash -c '[ "$1" -eq 0 ] && head -c 5 "$2" | grep -q "%PDF-"' _ "$status" "$work/report.pdf"
check "nv-sandbox --version is $version" \
    test "$("$work/nv-cli/usr/bin/nv-sandbox" --version)" = "nv-sandbox $version"
# The command line speaks the system locale's language from its own package: its catalogue
# and the core's messages (the nv-console catalogue compiled into the programs).
set +e
spanish=$(env -u LC_ALL -u LC_MESSAGES LANGUAGE=es LANG=es_ES.UTF-8 timeout 60 "$cli" flow \
    --no-log --phone '666 66 66 66' 2>&1)
status=$?
set -e
echo "$ LANGUAGE=es nv-cli flow --no-log --phone '666 66 66 66'   (exit $status)"
echo "   $spanish"
check "nv-cli from the package speaks Spanish under LANGUAGE=es (exit 2)" \
    bash -c '[ "$1" -eq 2 ] && grep -q "no es un número E.164" <<<"$2"' _ "$status" "$spanish"
if [ -n "$with_console" ]; then
    console=$work/nv-console/usr/bin/nv-console
    console_version=$(env -u DISPLAY -u WAYLAND_DISPLAY timeout 60 "$console" --version || true)
    echo "$ nv-console --version"
    echo "   $console_version"
    check "nv-console --version is $version (no display needed)" \
        test "$console_version" = "nv-console $version"
fi

# The embedded browser is a module in nv-console: nv-cli does not depend on Qt WebEngine, says
# plainly that the embedded browser is not installed when it is alone, and uses the module when
# both packages are installed together.
browser_env=(env QT_QPA_PLATFORM=offscreen QTWEBENGINE_CHROMIUM_FLAGS=--disable-gpu)
[ "$(id -u)" -eq 0 ] && browser_env+=(QTWEBENGINE_DISABLE_SANDBOX=1)
offscreen_flow=(flow --phone +34666666666 --no-log --json --browser offscreen)
check "nv-cli does not depend on Qt WebEngine" \
    bash -c "! dpkg-deb --field '$out/nv-cli_${version}_$arch.deb' Depends | grep -qi webengine"
set +e
alone=$(timeout 60 "${browser_env[@]}" "$cli" "${offscreen_flow[@]}" 2>&1 >/dev/null)
set -e
echo "$ nv-cli ${offscreen_flow[*]}   (nv-cli alone)"
echo "   $alone"
check "nv-cli alone says the embedded browser is not installed" \
    grep -q "The embedded browser is not installed" <<<"$alone"
if [ -n "$with_console" ]; then
    module=$(cd "$work/nv-console" && find . -name 'nv-embedded-browser.so' | sed 's|^\./||')
    echo "   nv-console's module: ${module:-(none)}"
    check "nv-console holds the embedded browser's module" test -n "$module"
    check "nv-console depends on Qt WebEngine" \
        bash -c "dpkg-deb --field '$out/nv-console_${version}_$arch.deb' Depends | grep -qi webengine"
    mkdir -p "$work/both"
    for package in nv-cli nv-console; do
        dpkg-deb -x "$out/${package}_${version}_$arch.deb" "$work/both"
    done
    set +e
    together=$(timeout 180 "${browser_env[@]}" "$work/both/usr/bin/nv-cli" "${offscreen_flow[@]}" \
        2>"$work/together.err")
    status=$?
    set -e
    echo "$ nv-cli ${offscreen_flow[*]}   (with nv-console, exit $status)"
    cat "$work/together.err"
    check "nv-cli --browser offscreen with nv-console installed verifies" \
        grep -q '"devicePhoneNumberVerified": true' <<<"$together"
fi

if [ "$failures" -gt 0 ]; then
    echo "$failures check(s) failed; lintian's full report:"
    cat "$work/lintian.log"
    exit 1
fi
echo "all checks passed; packages in $out"
