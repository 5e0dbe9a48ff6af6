/**
 * The one redactor of the process: every secret in use is registered here as it becomes known
 * (passwords and tokens of the credential options, environment and Docker config, their base64
 * `user:pass` forms, each bearer and refresh token a token service issues, proxy passwords, the
 * metadata publisher's GitHub token), and `redact` replaces them in any text before it is printed or
 * written. Listeners (the action's `core.setSecret`) hear of each secret too, so the runner masks it.
 * Besides the known secrets, `redact` blanks what is a credential by its shape: `Basic`/`Bearer`
 * values, JWTs, the user and password of a URL, signing parameters of a query string.
 */

/** Replaces a secret in text. */
export const REDACTED = '***'

/**
 * Secrets shorter than this are not searched for: they would blank ordinary words of every message.
 * (Their base64 `user:pass` form, always longer, still is.)
 */
export const MIN_SECRET_LENGTH = 4

/** Every secret registered (what listeners have been told). */
const secrets = new Set<string>()
/**
 * Secrets made of token characters (tokens, base64, most passwords): looked up per run of such
 * characters in a text, so a run that issues thousands of tokens costs a Set lookup per word, not a
 * regular expression over every token.
 */
const tokens = new Set<string>()
/** The few others (passwords with spaces, `@`, `%`...): one regular expression, rebuilt when one is added. */
const others = new Set<string>()
const listeners: Array<(secret: string) => void> = []
let othersPattern: RegExp | undefined

const TOKEN_CHARS = /^[A-Za-z0-9._~+/-]+=*$/
/** Runs of token characters in a text (with the `=` padding of base64). */
const TOKEN_RUNS = /[A-Za-z0-9._~+/-]+=*/g
/** What a sentence may put around a token: `token abc.` */
const EDGE_PUNCTUATION = /^([._~+/-]*)(.*?)([._~+/-]*)$/s

/** Credentials as the stores hold them (structurally `oci/model`'s `Credentials`). */
export interface SecretCredentials {
  username: string
  password?: string
  identityToken?: string
}

/** Registers a secret (and its URL-encoded form): from now on `redact` replaces it, and listeners are told. */
export function addSecret(secret: string | undefined): void {
  if (!secret) return
  for (const form of new Set([secret, encodeURIComponent(secret)])) {
    if (secrets.has(form)) continue
    secrets.add(form)
    // The runner's masking takes any length; the text search only secrets long enough not to blank words.
    for (const listener of listeners) listener(form)
    if (form.length < MIN_SECRET_LENGTH) continue
    if (TOKEN_CHARS.test(form)) {
      tokens.add(form)
    } else {
      others.add(form)
      othersPattern = undefined
    }
  }
}

/** Registers the secrets of credentials: the password, the identity token, the base64 `user:pass` of a Basic header. */
export function addCredentials(credentials: SecretCredentials | undefined): void {
  if (!credentials) return
  addSecret(credentials.password)
  addSecret(credentials.identityToken)
  if (credentials.password) {
    const basic = Buffer.from(`${credentials.username}:${credentials.password}`)
    addSecret(basic.toString('base64'))
    addSecret(basic.toString('base64').replace(/=+$/, ''))
  }
}

/** Tells `listener` of every secret registered so far and of each one registered later. */
export function onSecret(listener: (secret: string) => void): void {
  listeners.push(listener)
  for (const secret of secrets) listener(secret)
}

/** Credentials by their shape, whoever issued them. */
const SHAPES: Array<[RegExp, string]> = [
  // `Authorization` values a server echoes (written as headers are; words such as "basic authentication" stay).
  [/\b(Basic|Bearer)(\s+)(?=[A-Za-z]*[0-9+/=._~-])[A-Za-z0-9._~+/=-]{8,}/g, `$1$2${REDACTED}`],
  // JWTs (registry tokens): base64url JSON header, payload, signature.
  [/\beyJ[A-Za-z0-9_-]{6,}\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*/g, REDACTED],
  // The user and password of a URL (proxy URLs carry them).
  [/\b([a-z][a-z0-9+.-]*:\/\/)[^/\s@'"]+@/gi, `$1${REDACTED}@`],
  // Query parameters that sign or authorize a URL (redirects to storage, upload locations).
  [/([?&][^=&\s"'#]*(?:sig|signature|token|credential|secret|password|key|auth)[^=&\s"'#]*=)[^&\s"'#]+/gi, `$1${REDACTED}`]
]

/** The text with every registered secret, and whatever looks like a credential, replaced by `***`. */
export function redact(text: string): string {
  if (others.size > 0) {
    othersPattern ??= new RegExp(
      [...others]
        .sort((a, b) => b.length - a.length)
        .map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('|'),
      'g'
    )
    text = text.replace(othersPattern, REDACTED)
  }
  if (tokens.size > 0) text = text.replace(TOKEN_RUNS, redactRun)
  for (const [shape, replacement] of SHAPES) text = text.replace(shape, replacement)
  return text
}

/** A run of token characters: `***` when it is a token, also with sentence punctuation around it. */
function redactRun(run: string): string {
  if (tokens.has(run)) return REDACTED
  const [, before, core, after] = EDGE_PUNCTUATION.exec(run)!
  return core !== run && tokens.has(core) ? `${before}${REDACTED}${after}` : run
}

/** JSON of `value` with every string in it redacted (reports, state files, metadata). */
export function redactedJson(value: unknown, space?: number): string {
  return JSON.stringify(value, (_key, v: unknown) => (typeof v === 'string' ? redact(v) : v), space)
}
