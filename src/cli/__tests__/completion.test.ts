import { execFileSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { FLAGS } from '../args'
import { completionScript } from '../completion'

/** What bash completes for the words typed so far (the last one being completed), with the generated script sourced. */
function bashComplete(words: string[]): string[] {
  const script = `${completionScript('bash')}
COMP_WORDS=(${words.map((w) => `'${w}'`).join(' ')}); COMP_CWORD=${words.length - 1}
_gcr_mirror; printf '%s\\n' "\${COMPREPLY[@]}"`
  return execFileSync('bash', ['-c', script], { encoding: 'utf8' }).split('\n').filter(Boolean)
}

describe('completion scripts from the option table', () => {
  it('names every flag in each shell', () => {
    for (const shell of ['bash', 'zsh', 'fish'] as const) {
      const script = completionScript(shell)
      for (const name of Object.keys(FLAGS)) expect(script, `${shell} --${name}`).toContain(shell === 'fish' ? `-l ${name}` : `--${name}`)
    }
  })

  it('completes commands, flags and the values of flags with a fixed set in bash', () => {
    expect(bashComplete(['gcr-mirror', 'sy'])).toEqual(['sync'])
    expect(bashComplete(['gcr-mirror', 'sync', '--include-t'])).toEqual(['--include-tags'])
    expect(bashComplete(['gcr-mirror', 'sync', '--engine', ''])).toEqual(['registry', 'docker'])
    expect(bashComplete(['gcr-mirror', 'sync', '--log-level', 'd'])).toEqual(['debug'])
    expect(bashComplete(['gcr-mirror', 'completion', 'z'])).toEqual(['zsh'])
    expect(bashComplete(['gcr-mirror', 'sync', '--source', ''])).toEqual([])
  })

  it('writes zsh _arguments specs with their text escaped', () => {
    const zsh = completionScript('zsh')
    expect(zsh).toMatch(/^#compdef gcr-mirror/)
    expect(zsh).toContain(`'--engine[registry or docker]:engine:(registry docker)'`)
    expect(zsh).toContain(`'*--images[`)
    expect(zsh).toContain(`'--state-file[`)
    expect(zsh).toMatch(/'--state-file\[[^']*\]:state-file:_files'/)
  })
})
