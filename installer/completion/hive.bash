# bash completion for hive (Hive Studio's command line).
# Installed as /usr/share/bash-completion/completions/hive. Every candidate
# comes from hive itself (`hive __complete`), so subcommands and options
# always match the installed version, and stage, host, service, volume and
# network names come from the project in the -r folder or the current one.

_hive()
{
    local cur=${COMP_WORDS[COMP_CWORD]}
    local IFS=$'\n'
    local -a found
    found=($("${COMP_WORDS[0]}" __complete "${COMP_WORDS[@]:1:COMP_CWORD}" 2>/dev/null)) || return 0
    case "${found[0]-}" in
    :files)
        compopt -o filenames 2>/dev/null
        COMPREPLY=($(compgen -f -- "$cur"))
        ;;
    :dirs)
        compopt -o filenames 2>/dev/null
        COMPREPLY=($(compgen -d -- "$cur"))
        ;;
    *)
        COMPREPLY=("${found[@]}")
        ;;
    esac
    return 0
}
complete -F _hive hive
