import { isAscii, isUtf8 } from 'node:buffer'
import { UsageError } from '../../oci/errors'
import { redactedJson } from '../../util/redact'
import { compareText } from './ledger-order'
import type { Landed } from '../types'

/** What the mirror holds for one source tag. */
export interface LedgerEntry extends Landed {
  /** Full source reference, e.g. `127.0.0.1:5001/corp/app:v1`. */
  source: string
  /** The source digest that was mirrored. */
  digest: string
  /** Full target reference, e.g. `127.0.0.1:5002/mirror/app:v1`. */
  target: string
  /** ISO times. */
  firstMirrored: string
  lastMirrored: string
  /** The section (config mirror id) the entry belongs to; absent: the section of a single-mirror run. */
  section?: string
}

/** The ledger file's marker, so a foreign or corrupt file is never taken for ours. */
export const LEDGER_FORMAT = 'gcr-mirror-ledger'
/** Version 1: entries without sections; version 2: entries may carry `section` (written only then). */
export const LEDGER_VERSION = 2
/** The version of a file without sections. */
export const FLAT_VERSION = 1

/** A ledger file as JSON. */
export interface LedgerFile {
  format: typeof LEDGER_FORMAT
  version: number
  /** Per section ('' for a single-mirror run), the repository the next run goes on with the pass at (absent in older files, and between passes). */
  resume?: Record<string, string>
  entries: LedgerEntry[]
  /** Runs that verified (see LedgerView.verifyRound); absent: 0. */
  verifyRound?: number
  /** What the mirrored manifests reference (see ManifestGraph); absent in files written before it. */
  graph?: unknown
}

/** Checks one entry's required fields, or throws a UsageError naming the file. */
function checkEntry(entry: Partial<LedgerEntry> | null, path: string): asserts entry is LedgerEntry {
  if (
    !entry ||
    typeof entry.source !== 'string' ||
    typeof entry.digest !== 'string' ||
    typeof entry.target !== 'string' ||
    !(entry.section === undefined || typeof entry.section === 'string')
  ) {
    throw new UsageError((w) => `${w.option('state-file')} ${path}: corrupt entry ${JSON.stringify(entry).slice(0, 120)}`)
  }
}

/** The end of a ledger file's first line as {@link serializeLedger} writes it, entries following one a line. */
const HEAD_END = ',"entries":['

/** What a ledger file holds. */
export interface ParsedLedger extends Pick<LedgerFile, 'entries' | 'graph' | 'verifyRound' | 'resume'> {
  /** Where each entry's line lies in the file, when the file is as this version writes it. */
  lines?: EntryLines
}

/**
 * The entry lines of a file as {@link serializeLedger} writes it: entry `i` is `bytes[starts[i], ends[i])`,
 * and lines `i` to `k` with the `,\n` between them are `bytes[starts[i], ends[k])`.
 */
export interface EntryLines {
  bytes: Buffer
  starts: Float64Array
  ends: Float64Array
}

/** The head of a file as {@link serializeLedger} writes it (either version, a resume point or not), else undefined. */
function parseHead(row: string): Pick<LedgerFile, 'format' | 'version' | 'resume'> | undefined {
  if (!row.startsWith(`{"format":"${LEDGER_FORMAT}",`) || !row.endsWith(HEAD_END)) return undefined
  try {
    const head = JSON.parse(`${row.slice(0, -HEAD_END.length)}}`) as Partial<LedgerFile>
    if (head.version !== FLAT_VERSION && head.version !== LEDGER_VERSION) return undefined
    return { format: LEDGER_FORMAT, version: head.version, resume: resumeOf(head.resume) }
  } catch {
    return undefined
  }
}

/** A file's resume points when well formed (strings by section); anything else is dropped (a hint, not data). */
function resumeOf(value: unknown): Record<string, string> | undefined {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined
  const entries = Object.entries(value as Record<string, unknown>).filter((entry): entry is [string, string] => typeof entry[1] === 'string')
  return entries.length === 0 ? undefined : Object.fromEntries(entries)
}

/** Parses ledger text, or throws a UsageError naming the file; accepts only our own format (see {@link parseLedgerFile}). */
export function parseLedger(text: string, path: string): LedgerEntry[] {
  return parseLedgerFile(Buffer.from(text), path).entries
}

/**
 * Parses a ledger file's bytes into its parts, or throws a UsageError naming the file; accepts only
 * our own format. A file as this version writes it (one entry a line) is parsed line by line, and
 * where each line lies is kept, so the next rewrite copies the lines of unchanged entries; any other
 * spelling is parsed whole.
 */
export function parseLedgerFile(bytes: Buffer, path: string): ParsedLedger {
  return parseByLine(bytes, path) ?? parseWhole(bytes.toString('utf8'), path)
}

const NEWLINE = 0x0a
const COMMA = 0x2c
const CLOSE = 0x5d

/**
 * A file as {@link serializeLedger} writes it, parsed one entry line at a time (no copy of the whole
 * text is made); undefined when it is spelt otherwise or a line is not JSON, for {@link parseWhole}
 * to read or refuse.
 */
function parseByLine(bytes: Buffer, path: string): ParsedLedger | undefined {
  const headEnd = bytes.indexOf(NEWLINE)
  if (headEnd < 0 || bytes[bytes.length - 1] !== NEWLINE) return undefined
  const head = parseHead(bytes.toString('utf8', 0, headEnd))
  if (!head) return undefined
  // ASCII (the usual file) decodes as latin1, a plain copy of the bytes; the same characters either way.
  const ascii = isAscii(bytes)
  const encoding = ascii ? 'latin1' : 'utf8'
  const entries: LedgerEntry[] = []
  const starts: number[] = []
  const ends: number[] = []
  // Lines missing the comma between them parse, but are not copied as runs (that would join them without it).
  let commas = true
  let comma = false
  let at = headEnd + 1
  // The entries end at `]}`, or at `],` when the rotation count or the graph follow (parsed whole).
  while (bytes[at] !== CLOSE) {
    if (at >= bytes.length) return undefined
    if (entries.length > 0 && !comma) commas = false
    const newline = bytes.indexOf(NEWLINE, at)
    comma = bytes[newline - 1] === COMMA
    const end = comma ? newline - 1 : newline
    let entry: unknown
    try {
      entry = JSON.parse(bytes.toString(encoding, at, end))
    } catch {
      return undefined
    }
    if (!entry || typeof entry !== 'object') return undefined
    entries.push(entry as LedgerEntry)
    starts.push(at)
    ends.push(end)
    at = newline + 1
  }
  // The last entry's line has no comma (the whole file would not be JSON).
  if (comma) return undefined
  const rest = bytes.toString('utf8', at)
  let tail: Pick<LedgerFile, 'graph' | 'verifyRound'> = {}
  if (rest !== ']}\n') {
    if (!rest.startsWith('],')) return undefined
    try {
      tail = JSON.parse(`{${rest.slice(2)}`) as Pick<LedgerFile, 'graph' | 'verifyRound'>
    } catch {
      return undefined
    }
  }
  for (const entry of entries) checkEntry(entry, path)
  // Lines are copied byte for byte only when decoding them changed nothing (valid UTF-8).
  const lines = commas && (ascii || isUtf8(bytes)) ? { bytes, starts: Float64Array.from(starts), ends: Float64Array.from(ends) } : undefined
  return { entries, lines, graph: tail.graph, verifyRound: roundOf(tail.verifyRound), resume: head.resume }
}

const roundOf = (value: unknown): number | undefined => (Number.isSafeInteger(value) && (value as number) >= 0 ? (value as number) : undefined)

function parseWhole(text: string, path: string): ParsedLedger {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    throw new UsageError(
      (w) => `${w.option('state-file')} ${path}: not valid JSON; move it aside (it is kept as it is) or pass another ${w.option('state-file')}`
    )
  }
  const file = data as Partial<LedgerFile>
  if (!file || typeof file !== 'object' || file.format !== LEDGER_FORMAT || !Array.isArray(file.entries)) {
    throw new UsageError(
      `--state-file ${path}: not a gcr-mirror ledger (expected {"format":"${LEDGER_FORMAT}",...}); move it aside or pass another --state-file`
    )
  }
  if (typeof file.version !== 'number' || file.version > LEDGER_VERSION) {
    throw new UsageError((w) => `${w.option('state-file')} ${path}: ledger version ${String(file.version)} is newer than this gcr-mirror understands`)
  }
  for (const entry of file.entries) checkEntry(entry, path)
  return { entries: file.entries, graph: file.graph, verifyRound: roundOf(file.verifyRound), resume: resumeOf(file.resume) }
}

/**
 * Parses a journal (one JSON entry a line). A last line without its newline is a write a kill cut
 * short, and is dropped (its tag was never reported finished); any other bad line is a UsageError.
 */
export function parseJournal(text: string, path: string): LedgerEntry[] {
  const lines = text.split('\n')
  lines.pop() // '' after the last newline, or a cut-short write
  return lines.map((line) => {
    let entry: Partial<LedgerEntry> | null
    try {
      entry = JSON.parse(line) as Partial<LedgerEntry> | null
    } catch {
      entry = null
    }
    checkEntry(entry, path)
    return entry
  })
}

/** What a ledger file is written from: its entries' lines in order, and what the head and the tail carry. */
export interface LedgerParts {
  /** Each entry's line, or runs of lines copied from the file as loaded (joined by `,\n` already: see EntryLines). */
  lines: Array<string | Uint8Array>
  /** Whether any entry carries a section (the file is then version 2). */
  sectioned: boolean
  /** Per section, where the next run starts listing. */
  resume: ReadonlyMap<string, string>
  /** The rotation count of `--verify sample` (0: not written). */
  round: number
  /** The graph's lines (see ManifestGraph.lines). */
  nodes: string[]
}

/**
 * A ledger file's bytes, deterministic: the head on the first line, one entry a line, then the
 * rotation count and the graph. Older readers take the file whole (not line by line) and ignore
 * the members they do not know.
 */
export function serializeLedger(parts: LedgerParts): Buffer {
  const { lines, sectioned, round, nodes } = parts
  const resume = parts.resume.size === 0 ? {} : { resume: Object.fromEntries([...parts.resume].sort(([a], [b]) => compareText(a, b))) }
  const head = redactedJson({ format: LEDGER_FORMAT, version: sectioned ? LEDGER_VERSION : FLAT_VERSION, ...resume })
  const pieces: Array<string | Uint8Array> = [lines.length === 0 ? `${head.slice(0, -1)},"entries":[]` : `${head.slice(0, -1)},"entries":[\n`]
  lines.forEach((line, i) => pieces.push(line, i < lines.length - 1 ? ',\n' : '\n]'))
  const counted = round > 0 ? `,"verifyRound":${round}` : ''
  pieces.push(nodes.length === 0 ? `${counted}}\n` : `${counted},"graph":{\n${nodes.join(',\n')}\n}}\n`)
  return concatPieces(pieces)
}

/** Text and bytes as one buffer: consecutive texts joined first, so many short lines cost one encoding. */
function concatPieces(pieces: Array<string | Uint8Array>): Buffer {
  const chunks: Array<string | Uint8Array> = []
  let texts: string[] = []
  for (const piece of pieces) {
    if (typeof piece === 'string') {
      texts.push(piece)
      continue
    }
    if (texts.length > 0) chunks.push(texts.join(''))
    texts = []
    chunks.push(piece)
  }
  if (texts.length > 0) chunks.push(texts.join(''))
  const size = chunks.reduce((total, chunk) => total + (typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.length), 0)
  const out = Buffer.allocUnsafe(size)
  let at = 0
  for (const chunk of chunks) {
    if (typeof chunk === 'string') {
      at += out.write(chunk, at)
    } else {
      out.set(chunk, at)
      at += chunk.length
    }
  }
  // Never a byte of the unset buffer, whatever the encoder did.
  return out.subarray(0, at)
}
