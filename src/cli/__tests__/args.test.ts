import { describe, expect, it } from 'vitest'
import { givenIn, OPTION_TABLE } from '../../sync/options/option-table'
import { FLAGS, HELP_WIDTH, helpText, parseCli } from '../args'
import { closest, editDistance } from '../../util/closest'
import { parseSyncOptions } from '../../sync/options/options'
import { parseConfig } from '../../sync/options/config-file'

describe('CLI flags from the option table', () => {
  const CLI_OPTIONS = OPTION_TABLE.filter((option) => givenIn(option, 'cli'))
  it('lists every option in --help, with its default', () => {
    const help = helpText()
    for (const option of CLI_OPTIONS) {
      expect(help, option.name).toContain(`--${option.name}`)
      if (option.default && option.parser.kind !== 'flag') expect(help, option.name).toContain(`(default: ${option.default})`)
    }
  })

  it('maps every flag to its RawSyncOptions key', () => {
    const argv = CLI_OPTIONS.flatMap((option) => (option.parser.kind === 'flag' ? [`--${option.name}`] : [`--${option.name}`, `v-${option.name}`]))
    const { options } = parseCli(['sync', ...argv])
    for (const option of CLI_OPTIONS) {
      const expected = option.parser.kind === 'flag' ? true : option.parser.kind === 'text' ? `v-${option.name}` : [`v-${option.name}`]
      expect(options[option.key], option.name).toEqual(expected)
    }
  })
})

describe('small parse fixes', () => {
  const base = ['sync', '--source', 'a.io/x', '--target', 'b.io/y']
  const message = (argv: string[]): string => {
    try {
      parseCli(argv)
    } catch (error) {
      return (error as Error).message
    }
    throw new Error('parsed')
  }

  it('understands --FLAG=true and --FLAG=false for boolean flags, in any case', () => {
    expect(parseCli([...base, '--dry-run=true']).options.dryRun).toBe(true)
    expect(parseCli([...base, '--dry-run=FALSE']).options.dryRun).toBe(false)
    expect(parseCli([...base, '--quiet=true']).quiet).toBe(true)
  })

  it('refuses another value for a boolean flag, naming the accepted spellings, on one line', () => {
    expect(message([...base, '--dry-run=maybe'])).toBe(
      '--dry-run="maybe": expected --dry-run or --dry-run=VALUE, VALUE true or false (also yes/no, on/off, 1/0)'
    )
    expect(message([...base, '--prune=a\nb'])).toMatch(/^--prune="a\\x0ab": expected --prune or --prune=VALUE/)
  })

  it('takes one boolean grammar in every shell: flags, valued options, config files and the environment', () => {
    const spellings: Array<[string, boolean]> = [
      ['true', true],
      ['YES', true],
      ['On', true],
      ['1', true],
      ['false', false],
      ['no', false],
      ['OFF', false],
      ['0', false]
    ]
    for (const [text, value] of spellings) {
      expect(parseSyncOptions(parseCli([...base, `--dry-run=${text}`]).options).dryRun).toBe(value)
      expect(parseSyncOptions(parseCli([...base, '--target-tls-verify', text]).options).targetTlsVerify).toBe(value)
      const [mirror] = parseConfig(`mirrors:\n  - {source: a.io/x, target: b.io/y, dry-run: "${text}", referrers: ${text}}\n`, 'c.yml')
      expect([mirror.options.dryRun, mirror.options.referrers]).toEqual([value, value])
    }
    expect(() => parseSyncOptions(parseCli([...base, '--source-tls-verify', 'nope']).options)).toThrow(
      '--source-tls-verify "nope": expected true or false (also yes/no, on/off, 1/0)'
    )
  })

  it('refuses a one-value flag given twice, keeps list flags repeatable', () => {
    expect(message([...base, '--source', 'c.io/z'])).toMatch(/^--source is given 2 times; it takes one value/)
    // Several targets: one a line, as the action's input gives them.
    expect(parseCli([...base, '--target', 'c.io/z']).options.target).toBe('b.io/y\nc.io/z')
    expect(message([...base, '--dry-run', '--dry-run=false'])).toMatch(/^--dry-run is given 2 times/)
    expect(parseCli([...base, '--images', 'a', '--images', 'b']).options.images).toEqual(['a', 'b'])
  })

  it('quotes what the user typed escaped, on one line', () => {
    expect(message(['sync\u001b[2J'])).toBe('unknown command "sync\\x1b[2J": expected sync; see gcr-mirror --help')
  })
})

describe('CLI habits', () => {
  const base = ['sync', '--source', 'a.io/x', '--target', 'b.io/y']
  const message = (argv: string[]): string => {
    try {
      parseCli(argv)
    } catch (error) {
      return (error as Error).message
    }
    throw new Error('parsed')
  }

  it('suggests the flag or command meant by a slip of the keyboard, and nothing for a stranger', () => {
    expect(message([...base, '--include-tag', 'v1'])).toBe('unknown option --include-tag (did you mean --include-tags?); see gcr-mirror --help')
    expect(message([...base, '--dryrun'])).toBe('unknown option --dryrun (did you mean --dry-run?); see gcr-mirror --help')
    expect(message([...base, '--concurency', '4'])).toMatch(/did you mean --concurrency\?/)
    expect(message([...base, '--max-dur=5h'])).toMatch(/did you mean --max-duration\?/)
    expect(message([...base, '--frobnicate'])).toBe('unknown option --frobnicate; see gcr-mirror --help')
    expect(message(['snyc'])).toBe('unknown command "snyc": expected sync (did you mean sync?); see gcr-mirror --help')
    expect(closest('xyz', ['sync'])).toBeUndefined()
    expect(editDistance('kitten', 'sitting')).toBe(3)
  })

  it('prints help no wider than 100 columns, listing every flag and every exit status', () => {
    const help = helpText()
    for (const line of help.split('\n')) expect(line.length, line).toBeLessThanOrEqual(HELP_WIDTH)
    for (const name of Object.keys(FLAGS)) expect(help).toContain(`--${name}`)
    for (const status of ['0', '1', '2', '130', '143']) expect(help).toMatch(new RegExp(`^  ${status} +\\w`, 'm'))
    expect(help).toContain('-v, --verbose')
  })

  it('takes --log-level, -v and --log-format, refusing other values', () => {
    expect(parseCli(base)).toMatchObject({ logLevel: 'info', logFormat: 'text', quiet: false })
    expect(parseCli([...base, '--log-level', 'WARN', '--log-format', 'json'])).toMatchObject({ logLevel: 'warn', logFormat: 'json' })
    expect(parseCli([...base, '-v'])).toMatchObject({ logLevel: 'debug' })
    expect(message([...base, '--log-level', 'loud'])).toBe('--log-level "loud": expected one of error, warn, info, debug')
    expect(message([...base, '--log-format', 'xml'])).toBe('--log-format "xml": expected one of text, json')
    expect(message([...base, '-v', '--log-level', 'error'])).toMatch(/^-v \(--verbose\) means --log-level debug/)
  })

  it('takes one --SIDE-password-stdin, not both and not beside --SIDE-password', () => {
    expect(parseCli([...base, '--target-password-stdin']).passwordStdin).toBe('target')
    expect(message([...base, '--source-password-stdin', '--target-password-stdin'])).toMatch(/do not go together: stdin holds one password/)
    expect(message([...base, '--source-password', 'p', '--source-password-stdin'])).toBe(
      '--source-password and --source-password-stdin do not go together: give the password once'
    )
  })

  it('parses completion SHELL', () => {
    expect(parseCli(['completion', 'zsh'])).toMatchObject({ command: 'completion', shell: 'zsh' })
    expect(message(['completion', 'tcsh'])).toBe('completion "tcsh": expected completion bash|zsh|fish')
    expect(message(['completion'])).toBe('completion needs a shell: expected completion bash|zsh|fish')
  })
})
