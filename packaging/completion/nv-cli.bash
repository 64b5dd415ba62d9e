# bash completion for nv-cli                                  -*- shell-script -*-
#
# Commands, options and option values are read from the help of the nv-cli being completed
# (once per shell), so the completion follows the installed program instead of a copy of its
# options that would drift. Needs only bash; uses bash-completion's helpers when present.

declare -gA _nv_cli_help_cache

# The help text of "nv-cli help TOPIC" (TOPIC empty: the synopsis), cached per program.
_nv_cli_help()
{
    local program=$1 topic=$2
    local key="$program|$topic"
    if [[ -z ${_nv_cli_help_cache[$key]+set} ]]; then
        _nv_cli_help_cache[$key]=$(LC_ALL=C "$program" help $topic 2>/dev/null)
    fi
    printf '%s\n' "${_nv_cli_help_cache[$key]}"
}

# Words that follow "nv-cli PREFIX" in the synopsis: "  nv-cli flow ...", "  nv-cli log list ...".
_nv_cli_commands()
{
    local program=$1 prefix=$2
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
    *'|'*) COMPREPLY=($(compgen -W "${placeholder//|/ }" -- "$cur")) ;;
    FILE)
        if declare -F _filedir >/dev/null; then
            _filedir
        else
            COMPREPLY=($(compgen -f -- "$cur"))
        fi
        ;;
    VAR) COMPREPLY=($(compgen -v -- "$cur")) ;;
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

    if ((COMP_CWORD == 1)); then
        COMPREPLY=($(compgen -W "$(_nv_cli_commands "$program") --help --version" -- "$cur"))
        return
    fi
    case $command in
    help)
        ((COMP_CWORD == 2)) &&
            COMPREPLY=($(compgen -W "$(_nv_cli_commands "$program")" -- "$cur"))
        return
        ;;
    log)
        if ((COMP_CWORD == 2)); then
            COMPREPLY=($(compgen -W "$(_nv_cli_commands "$program" log)" -- "$cur"))
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
        COMPREPLY=($(compgen -W "$(_nv_cli_options "$program" "$command")" -- "$cur"))
    fi
}

complete -F _nv_cli nv-cli
