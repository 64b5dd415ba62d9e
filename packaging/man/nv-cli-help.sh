#!/bin/sh
# help2man reads "PROGRAM --help" and "PROGRAM --version". nv-cli's --help is a synopsis with
# the options of each command behind "nv-cli help COMMAND"; this prints the same text in the
# layout help2man understands, so nv-cli.1 is made from the program's own words:
#   - the synopsis lines joined, as "Usage: ..." and "  or:  ..." lines;
#   - the description paragraphs as they are;
#   - "Options:" with one sub-section per command, from "nv-cli help COMMAND";
#   - "Exit codes:" as the EXIT STATUS section, "Example...:" as the EXAMPLES section.
# The program is $NV_MAN_PROGRAM (the nv-cli just built).
set -eu
program=${NV_MAN_PROGRAM:?NV_MAN_PROGRAM names the nv-cli to describe}

case ${1:-} in
--version)
    exec "$program" --version
    ;;
--help) ;;
*)
    echo "usage: NV_MAN_PROGRAM=nv-cli $0 --help|--version" >&2
    exit 2
    ;;
esac

synopsis=$("$program" --help)

# The synopsis's paragraphs (blank-line separated) sorted into help2man's sections:
# "sections head" prints the usage and the description, "sections tail" the exit status and
# the examples; the options go between the two.
sections()
{
    printf '%s\n' "$synopsis" | awk -v part="$1" '
    function flush_usage() {
        if (usage != "" && part == "head")
            print (nusage++ ? "  or:  " : "Usage: ") usage
        usage = ""
    }
    BEGIN { RS = ""; FS = "\n" }
    $1 == "Usage:" {
        for (i = 2; i <= NF; i++) {
            line = $i
            if (line ~ /^  [^ ]/) { flush_usage(); sub(/^ +/, "", line); usage = line }
            else { sub(/^ +/, "", line); usage = usage " " line }
        }
        flush_usage()
        if (part == "head") print ""
        next
    }
    $1 ~ /^Exit (codes|status):$/ { exitcodes = $0; sub(/^[^\n]*\n/, "", exitcodes); next }
    $1 ~ /^Examples?[,:]/ {
        title = $1; sub(/^Examples?,? */, "", title)
        if (title != ":") examples = examples toupper(substr(title, 1, 1)) substr(title, 2) "\n\n"
        command = ""
        for (i = 2; i <= NF; i++) {
            line = $i; sub(/^ +/, "", line)
            continued = sub(/ *\\$/, "", line)
            command = command (command == "" ? "" : " ") line
            if (!continued) { examples = examples "  $ " command "\n"; command = "" }
        }
        examples = examples "\n"
        next
    }
    part == "head" { print; print "" }
    END {
        if (part != "tail") exit
        if (exitcodes != "") printf "*Exit status*\n%s\n\n", exitcodes
        if (examples != "") printf "Examples:\n%s", examples
    }'
}

sections head
echo "Options:"
commands=$(printf '%s\n' "$synopsis" | sed -n 's/^  nv-cli \([a-z][a-z-]*\).*/\1/p' | uniq)
for command in $commands; do
    [ "$command" = help ] && continue
    echo "nv-cli $command:"
    "$program" help "$command" | sed -n '/^Options:/,$ { /^Options:/d; p; }'
    echo
done
sections tail
