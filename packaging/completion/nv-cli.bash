# bash completion for nv-cli                                  -*- shell-script -*-
#
# Commands, options and option values are read from the help of the nv-cli being completed
# (once per shell), so the completion follows the installed program instead of a copy of its
# options that would drift. Needs only bash; uses bash-completion's _filedir when present.

declare -gA _nv_cli_help_cache

# Runs "nv-cli help TOPIC" (TOPIC empty: the synopsis) once per program and topic. Called in
# the completing shell itself, not in a $(...) subshell, so that the cache outlives the call.
_nv_cli_load()
{
    local program=$1 topic=$2
    local key="$program|$topic"
    [[ -n ${_nv_cli_help_cache[$key]+set} ]] && return
    _nv_cli_help_cache[$key]=$(LC_ALL=C "$program" help ${topic:+"$topic"} 2>/dev/null)
}

_nv_cli_help()
{
    printf '%s\n' "${_nv_cli_help_cache["$1|$2"]-}"
}

# Words that follow "nv-cli PREFIX" in the synopsis: "  nv-cli flow ...", "  nv-cli log list ...".
_nv_cli_commands()
{
    local program=$1 prefix=${2:-}
    _nv_cli_help "$program" "" |
        sed -n "s/^  nv-cli ${prefix:+$prefix }\([a-z][a-z-]*\).*/\1/p" | sort -u
}

# "--name" for every option of the command's help, after its "Options:" line.
_nv_cli_options()
{
    local program=$1 command=$2
    _nv_cli_help "$program" "$command" |
        sed -n '/^Options:/,$ s/^ \{1,4\}\(-[a-zA-Z], \)\{0,1\}\(--[a-z][a-z0-9-]*\).*/\2/p'
}

# The value placeholder of an option ("FILE", "none|offscreen", ...), empty for a flag.
_nv_cli_placeholder()
{
    local program=$1 command=$2 option=$3
    _nv_cli_help "$program" "$command" |
        sed -n "/^Options:/,\$ s/^ \{1,4\}\(-[a-zA-Z], \)\{0,1\}$option <\([^>]*\)>.*/\2/p" |
        head -n 1
}

_nv_cli_values()
{
    local placeholder=$1 cur=$2
    case $placeholder in
    *'|'*) mapfile -t COMPREPLY < <(compgen -W "${placeholder//|/ }" -- "$cur") ;;
    FILE)
        if declare -F _filedir >/dev/null; then
            _filedir
        else
            compopt -o filenames 2>/dev/null
            mapfile -t COMPREPLY < <(compgen -f -- "$cur")
        fi
        ;;
    VAR) mapfile -t COMPREPLY < <(compgen -v -- "$cur") ;;
    *) COMPREPLY=() ;;
    esac
}

_nv_cli()
{
    local cur=${COMP_WORDS[COMP_CWORD]}
    local prev=${COMP_WORDS[COMP_CWORD - 1]}
    local program
    program=$(type -P -- "${COMP_WORDS[0]}") || program=nv-cli
    local command=${COMP_WORDS[1]}
    COMPREPLY=()
    _nv_cli_load "$program" ""
    case $command in
    flow | verify | log) _nv_cli_load "$program" "$command" ;;
    esac

    if ((COMP_CWORD == 1)); then
        local words
        words="$(_nv_cli_commands "$program") --help --version"
        mapfile -t COMPREPLY < <(compgen -W "$words" -- "$cur")
        return
    fi
    case $command in
    help)
        ((COMP_CWORD == 2)) &&
            mapfile -t COMPREPLY < <(compgen -W "$(_nv_cli_commands "$program")" -- "$cur")
        return
        ;;
    log)
        if ((COMP_CWORD == 2)); then
            mapfile -t COMPREPLY < <(compgen -W "$(_nv_cli_commands "$program" log)" -- "$cur")
            return
        fi
        ;;
    flow | verify) ;;
    *) return ;;
    esac

    if [[ $prev == --* ]]; then
        local placeholder
        placeholder=$(_nv_cli_placeholder "$program" "$command" "$prev")
        if [[ -n $placeholder ]]; then
            _nv_cli_values "$placeholder" "$cur"
            return
        fi
    fi
    if [[ $cur == -* ]]; then
        local options
        options=$(_nv_cli_options "$program" "$command")
        mapfile -t COMPREPLY < <(compgen -W "$options" -- "$cur")
    fi
}

complete -F _nv_cli nv-cli
