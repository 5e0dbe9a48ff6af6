/**
 * The image references a request names, taken from untrusted text (an issue body, a
 * `workflow_dispatch` input) without interpreting it: only lines are cut out here; whether a line
 * is a reference is decided by `parseImageRef` alone (see screen-request.ts).
 */

/** The largest request read (UTF-8 bytes); a larger one is refused whole, unread. */
export const MAX_BODY_BYTES = 64 * 1024

/** What a request's text names. */
export interface RequestText {
  /** Each entry as written (trimmed, list markers and `# comments` dropped), in order. */
  candidates: string[]
  /** Keys of a `{"hub-mirror": [...]}` request besides `hub-mirror` that hold a value (`platform`): options a request cannot set. */
  ignoredKeys: string[]
  /** Set when the text is refused whole (too large, JSON that does not parse); nothing of it is read. */
  refusal?: string
}

/** The key of the JSON that hub-mirror repositories' issue templates use: `{"hub-mirror": ["nginx:1.25", ...]}`. */
const HUB_MIRROR_KEY = 'hub-mirror'

/** An opening or closing code fence: three or more backticks or tildes, indented at most three spaces. */
const FENCE = /^ {0,3}(`{3,}|~{3,})/

/**
 * The candidates of a request's text, found in this order:
 * 1. the whole text is a `{"hub-mirror": [...]}` JSON object: its strings;
 * 2. else, when the text has fenced code blocks: the lines inside them (a block holding hub-mirror JSON gives its strings);
 * 3. else every line.
 * Lines are trimmed; empty lines, `#` lines (comments, markdown headings), `<!-- -->` comments, a leading
 * list marker (`-`, `*`, `+`, `1.`), one pair of backticks around the entry and a trailing ` # comment` are dropped.
 */
export function extractCandidates(body: string): RequestText {
  const bytes = Buffer.byteLength(body, 'utf8')
  if (bytes > MAX_BODY_BYTES) {
    return { candidates: [], ignoredKeys: [], refusal: `the request is ${Math.ceil(bytes / 1024)} KiB; at most ${MAX_BODY_BYTES / 1024} KiB is read` }
  }
  const text = body.replace(/\r\n?/g, '\n')
  const whole = hubMirrorJson(text)
  if (whole) return whole
  const blocks = fencedBlocks(text)
  if (blocks.length === 0) return { candidates: entries(text.replace(/<!--[\s\S]*?(?:-->|$)/g, '')), ignoredKeys: [] }
  const found: RequestText = { candidates: [], ignoredKeys: [] }
  for (const block of blocks) {
    const part = hubMirrorJson(block) ?? { candidates: entries(block), ignoredKeys: [] }
    if (part.refusal) return part
    found.candidates.push(...part.candidates)
    found.ignoredKeys.push(...part.ignoredKeys)
  }
  return found
}

/** The entries of lines of text (see {@link extractCandidates}). */
function entries(text: string): string[] {
  return text
    .split('\n')
    .map((line) => {
      const entry = line.trim().replace(/^(?:[-*+]|\d{1,3}[.)])\s+/, '')
      // A fixed-length search, not `\s+#.*$`: a line of many spaces would make that quadratic.
      const comment = entry.search(/\s#/)
      return (comment < 0 ? entry : entry.slice(0, comment)).trim().replace(/^`([^`]*)`$/, '$1')
    })
    .filter((line) => line !== '' && !line.startsWith('#'))
}

/** The contents of the fenced code blocks of a markdown text (an unclosed fence runs to the end, as in CommonMark). */
function fencedBlocks(text: string): string[] {
  const blocks: string[] = []
  let open: { char: string; length: number; lines: string[] } | undefined
  for (const line of text.split('\n')) {
    const fence = FENCE.exec(line)?.[1]
    if (!open) {
      if (fence) open = { char: fence[0], length: fence.length, lines: [] }
    } else if (fence && fence[0] === open.char && fence.length >= open.length && line.trim() === fence) {
      blocks.push(open.lines.join('\n'))
      open = undefined
    } else {
      open.lines.push(line)
    }
  }
  if (open) blocks.push(open.lines.join('\n'))
  return blocks
}

/**
 * A `{"hub-mirror": [...]}` request: its strings (anything else in the list is kept as text, to be
 * refused by name), and its other keys that hold a value. Undefined when the text is not a JSON object;
 * a refusal when it starts like one but does not parse or has no `hub-mirror` list.
 */
function hubMirrorJson(text: string): RequestText | undefined {
  const trimmed = text.trim()
  if (!trimmed.startsWith('{')) return undefined
  let value: unknown
  try {
    value = JSON.parse(trimmed)
  } catch {
    return { candidates: [], ignoredKeys: [], refusal: 'the request starts with { but is not valid JSON (a trailing comma?); nothing of it was read' }
  }
  const list = value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>)[HUB_MIRROR_KEY] : undefined
  if (!Array.isArray(list)) return { candidates: [], ignoredKeys: [], refusal: `the JSON request has no "${HUB_MIRROR_KEY}" list of images` }
  const ignoredKeys = Object.entries(value as Record<string, unknown>)
    .filter(([key, held]) => key !== HUB_MIRROR_KEY && held !== '' && held !== null && !(Array.isArray(held) && held.length === 0))
    .map(([key]) => key)
  const candidates = list.map((entry) => (typeof entry === 'string' ? entry.trim() : JSON.stringify(entry))).filter((entry) => entry !== '')
  return { candidates, ignoredKeys }
}
