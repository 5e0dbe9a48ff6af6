import { COMPLETION_SHELLS, FLAGS, type CompletionShell, type Flag } from './args'

/** The commands the CLI takes, for completion. */
const COMMANDS = ['sync', 'completion']

/** A flag's help cut to its first clause: completion menus show one short line. */
function summary(flag: Flag): string {
  const text = flag.help
    .split(';')[0]
    .replace(/\s*\([^)]*\)/g, '')
    .trim()
  return text.length > 70 ? `${text.slice(0, 69)}…` : text
}

/** Every flag as completion sees it: `--name` (and `-x`), what its value completes to. */
function flags(): Array<{ name: string; flag: Flag }> {
  return Object.entries(FLAGS).map(([name, flag]) => ({ name, flag }))
}

function bash(): string {
  const cases = flags()
    .filter(({ flag }) => flag.type === 'string')
    .map(({ name, flag }) => {
      const reply = flag.choices
        ? `COMPREPLY=($(compgen -W "${flag.choices.join(' ')}" -- "$cur"))`
        : flag.file
          ? 'COMPREPLY=($(compgen -f -- "$cur"))'
          : 'COMPREPLY=()'
      return `    --${name}) ${reply}; return ;;`
    })
  const words = flags().flatMap(({ name, flag }) => [`--${name}`, ...(flag.short ? [`-${flag.short}`] : [])])
  return [
    '# bash completion for gcr-mirror: source <(gcr-mirror completion bash)',
    '_gcr_mirror() {',
    '  local cur="${COMP_WORDS[COMP_CWORD]}" prev="${COMP_WORDS[COMP_CWORD-1]}"',
    '  if [ "$COMP_CWORD" -eq 1 ]; then',
    `    COMPREPLY=($(compgen -W "${COMMANDS.join(' ')} --help --version" -- "$cur")); return`,
    '  fi',
    '  if [ "${COMP_WORDS[1]}" = completion ]; then',
    `    COMPREPLY=($(compgen -W "${COMPLETION_SHELLS.join(' ')}" -- "$cur")); return`,
    '  fi',
    '  case "$prev" in',
    ...cases,
    '  esac',
    `  COMPREPLY=($(compgen -W "${words.join(' ')}" -- "$cur"))`,
    '}',
    'complete -F _gcr_mirror gcr-mirror',
    ''
  ].join('\n')
}

/** Text inside a zsh `_arguments` spec in single quotes: brackets and colons escaped. */
const zshText = (text: string): string => text.replace(/'/g, `'\\''`).replace(/([[\]:\\])/g, '\\$1')

function zsh(): string {
  const specs = flags().map(({ name, flag }) => {
    const names = flag.short ? `(-${flag.short} --${name})'{-${flag.short},--${name}}'` : `--${name}`
    const action = flag.type === 'boolean' ? '' : `:${name}:${flag.choices ? `(${flag.choices.join(' ')})` : flag.file ? '_files' : ' '}`
    return `    '${flag.multiple ? '*' : ''}${names}[${zshText(summary(flag))}]${action}'`
  })
  return [
    '#compdef gcr-mirror',
    '# zsh completion for gcr-mirror: source <(gcr-mirror completion zsh), or save as _gcr-mirror in $fpath',
    '_gcr_mirror() {',
    '  _arguments -s \\',
    `    '1:command:(${COMMANDS.join(' ')})' \\`,
    `    '2:shell:(${COMPLETION_SHELLS.join(' ')})' \\`,
    specs.join(' \\\n'),
    '}',
    'compdef _gcr_mirror gcr-mirror',
    ''
  ].join('\n')
}

/** Text inside a fish single-quoted string. */
const fishText = (text: string): string => text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")

function fish(): string {
  const lines = flags().map(({ name, flag }) => {
    const short = flag.short ? ` -s ${flag.short}` : ''
    const value = flag.type === 'boolean' ? '' : flag.choices ? ` -x -a '${flag.choices.join(' ')}'` : flag.file ? ' -r -F' : ' -x'
    return `complete -c gcr-mirror${short} -l ${name}${value} -d '${fishText(summary(flag))}'`
  })
  return [
    '# fish completion for gcr-mirror: gcr-mirror completion fish | source',
    'complete -c gcr-mirror -f',
    `complete -c gcr-mirror -n __fish_use_subcommand -a '${COMMANDS.join(' ')}'`,
    `complete -c gcr-mirror -n '__fish_seen_subcommand_from completion' -a '${COMPLETION_SHELLS.join(' ')}'`,
    ...lines,
    ''
  ].join('\n')
}

/** The completion script for `shell`, generated from the CLI's flags (the option table and the CLI's own). */
export function completionScript(shell: CompletionShell): string {
  return { bash, zsh, fish }[shell]()
}
