import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { open, type FileHandle } from 'node:fs/promises'
import { posix } from 'node:path'
import { Readable } from 'node:stream'
import { quoted } from '../util/printable'
import { LayoutError } from './errors'

/** Where one regular file of a tar archive lies: its data's byte offset in the archive, and its size. */
export interface TarMember {
  offset: number
  size: number
}

const BLOCK = 512
/** How many leading bytes `hash` keeps: enough for the gzip and zstd magic numbers. */
const HEAD_BYTES = 4
/** A member name longer than this (a PAX `path` record or a GNU long name) is refused: no image tool writes one. */
const MAX_NAME_BYTES = 64 * 1024
/** Archives with more members than this are refused rather than indexed (a bound on memory, far above any image). */
const MAX_MEMBERS = 1_000_000
/** Symbolic and hard links followed in a row before a link is called a loop. */
const MAX_LINK_HOPS = 16

type Link = { kind: 'symlink' | 'hardlink'; target: string }

/**
 * The regular files of an uncompressed tar archive, found by reading its headers once (each
 * member's data is skipped, never read), so a blob can later be streamed from its offset without
 * unpacking anything to disk. Reads ustar, GNU (long names) and PAX (`path`, `size`) headers, as
 * written by Go's archive/tar (podman, skopeo, docker, ctr) and GNU tar.
 *
 * Refused, as a LayoutError naming the archive (`where`): a file that is not a tar (a bad header
 * checksum; gzip-compressed archives are named as such), one cut short (a member or the end marker
 * missing), and any member or link target whose path leaves the archive (absolute, or `..` above its root).
 */
export class TarIndex {
  private constructor(
    /** The archive file. */
    readonly path: string,
    private readonly where: string,
    private readonly files: Map<string, TarMember>,
    private readonly links: Map<string, Link>
  ) {}

  /** Reads the headers of the archive at `path`; `where` names it in errors (`oci-archive:./x.tar`). */
  static async open(path: string, where: string): Promise<TarIndex> {
    let handle: FileHandle
    try {
      handle = await open(path, 'r')
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      throw new LayoutError(
        `${where}: cannot be read (${code === 'ENOENT' ? 'no such file' : (code ?? (error as Error).message)})`,
        code === 'ENOENT' ? 'not-found' : 'usage'
      )
    }
    try {
      const info = await handle.stat()
      if (!info.isFile()) throw new LayoutError(`${where}: is not a regular file`)
      const { files, links } = await readHeaders(handle, info.size, where)
      return new TarIndex(path, where, files, links)
    } finally {
      await handle.close()
    }
  }

  /** Every regular file's name (normalised: no leading `./`), in archive order. */
  names(): string[] {
    return [...this.files.keys(), ...this.links.keys()].filter((name) => this.member(name))
  }

  /** The regular file a name stands for, links followed (within the archive); undefined when there is none. */
  member(name: string): TarMember | undefined {
    let current = normalize(name)
    for (let hop = 0; current !== undefined && hop <= MAX_LINK_HOPS; hop++) {
      const file = this.files.get(current)
      if (file) return file
      const link = this.links.get(current)
      if (!link) return undefined
      current = link.kind === 'hardlink' ? normalize(link.target) : normalize(posix.join(posix.dirname(current), link.target))
    }
    return undefined
  }

  /** The member's bytes, read whole; a member over `limit` bytes is a LayoutError. */
  async read(name: string, limit: number): Promise<Buffer> {
    const member = this.require(name)
    if (member.size > limit) throw new LayoutError(`${this.where}: ${name} is ${member.size} bytes, over the ${limit} accepted`, 'too-large')
    const chunks: Buffer[] = []
    for await (const chunk of this.stream(name) as AsyncIterable<Buffer>) chunks.push(chunk)
    return Buffer.concat(chunks)
  }

  /** The member's bytes as a stream read from its offset in the archive. */
  stream(name: string): Readable {
    const member = this.require(name)
    if (member.size === 0) return Readable.from([])
    return createReadStream(this.path, { start: member.offset, end: member.offset + member.size - 1 })
  }

  /** The sha256 digest of a member's bytes (`sha256:<hex>`) and its first bytes (what compression it has), read once. */
  async hash(name: string): Promise<{ digest: string; head: Buffer }> {
    const hash = createHash('sha256')
    let head = Buffer.alloc(0)
    for await (const chunk of this.stream(name) as AsyncIterable<Buffer>) {
      hash.update(chunk)
      if (head.length < HEAD_BYTES) head = Buffer.concat([head, chunk.subarray(0, HEAD_BYTES - head.length)])
    }
    return { digest: `sha256:${hash.digest('hex')}`, head }
  }

  private require(name: string): TarMember {
    const member = this.member(name)
    if (!member) throw new LayoutError(`${this.where}: holds no file ${name}`, 'protocol')
    return member
  }
}

/** A member path without `./` and trailing `/`; undefined for a path that leaves the archive (absolute or `..` above its root). */
export function normalize(name: string): string | undefined {
  if (name.startsWith('/')) return undefined
  const clean = posix.normalize(name).replace(/\/+$/, '')
  if (clean === '..' || clean.startsWith('../')) return undefined
  return clean === '.' ? '' : clean
}

/** Reads every header of the archive, skipping member data. */
async function readHeaders(handle: FileHandle, fileSize: number, where: string): Promise<{ files: Map<string, TarMember>; links: Map<string, Link> }> {
  const files = new Map<string, TarMember>()
  const links = new Map<string, Link>()
  const header = Buffer.alloc(BLOCK)
  let position = 0
  /** Overrides from a PAX extended header or a GNU long name, for the next member only. */
  let pending: { path?: string; linkpath?: string; size?: number } = {}
  const truncated = (what: string): LayoutError => new LayoutError(`${where}: truncated (${what}; the file has ${fileSize} bytes)`)
  const readData = async (offset: number, size: number): Promise<Buffer> => {
    if (size > MAX_NAME_BYTES)
      throw new LayoutError(`${where}: an extended header at byte ${offset - BLOCK} is ${size} bytes, over the ${MAX_NAME_BYTES} accepted`)
    const data = Buffer.alloc(size)
    const { bytesRead } = await handle.read(data, 0, size, offset)
    if (bytesRead < size) throw truncated(`an extended header at byte ${offset - BLOCK} is cut short`)
    return data
  }
  for (let count = 0; ; count++) {
    const { bytesRead } = await handle.read(header, 0, BLOCK, position)
    if (bytesRead === 0 && count > 0) throw truncated('the end-of-archive marker is missing')
    if (bytesRead < BLOCK) throw count === 0 ? notATar(header, bytesRead, where) : truncated(`the header at byte ${position} is cut short`)
    if (header.every((byte) => byte === 0)) {
      if (count === 0) throw notATar(header, bytesRead, where)
      return { files, links }
    }
    if (!checksumMatches(header)) {
      if (count === 0) throw notATar(header, bytesRead, where)
      throw new LayoutError(`${where}: the header at byte ${position} is damaged (its checksum does not match)`)
    }
    if (count >= MAX_MEMBERS) throw new LayoutError(`${where}: holds more than ${MAX_MEMBERS} members`)
    const type = String.fromCharCode(header[156] || 0x30)
    const size = pending.size ?? octal(header, 124, 12, where, position)
    const dataStart = position + BLOCK
    const dataEnd = dataStart + size
    if (dataEnd > fileSize) throw truncated(`the member at byte ${position} needs ${size} bytes from byte ${dataStart}`)
    position = dataStart + Math.ceil(size / BLOCK) * BLOCK
    if (type === 'x') {
      pending = { ...pending, ...paxRecords(await readData(dataStart, size)) }
      continue
    }
    if (type === 'g') continue
    if (type === 'L' || type === 'K') {
      const text = cString(await readData(dataStart, size))
      pending = type === 'L' ? { ...pending, path: text } : { ...pending, linkpath: text }
      continue
    }
    const rawName = pending.path ?? headerName(header)
    const rawLink = pending.linkpath ?? cString(header.subarray(157, 257))
    pending = {}
    const name = normalize(rawName)
    if (name === undefined) throw new LayoutError(`${where}: member ${quoted(rawName)} lies outside the archive (an absolute path or ..)`)
    if (type === '0' || type === '7') files.set(name, { offset: dataStart, size })
    else if (type === '1' || type === '2') {
      const target = type === '1' ? normalize(rawLink) : normalize(posix.join(posix.dirname(name), rawLink))
      if (target === undefined || rawLink.startsWith('/')) {
        throw new LayoutError(`${where}: link ${name} -> ${quoted(rawLink)} points outside the archive`)
      }
      links.set(name, { kind: type === '1' ? 'hardlink' : 'symlink', target: rawLink })
    }
    // Directories, devices and FIFOs hold no image content: skipped.
  }
}

/** What the first block of a file that is not a tar says it is. */
function notATar(header: Buffer, length: number, where: string): LayoutError {
  if (length === 0) return new LayoutError(`${where}: is empty, not a tar archive`)
  if (header[0] === 0x1f && header[1] === 0x8b)
    return new LayoutError(`${where}: is gzip-compressed; decompress it first (gunzip), an archive is read as a plain tar`)
  if (header[0] === 0x28 && header[1] === 0xb5 && header[2] === 0x2f && header[3] === 0xfd) {
    return new LayoutError(`${where}: is zstd-compressed; decompress it first (zstd -d), an archive is read as a plain tar`)
  }
  return new LayoutError(`${where}: is not a tar archive`)
}

/** True when the header's checksum field equals the sum of its bytes (the field itself counted as spaces). */
function checksumMatches(header: Buffer): boolean {
  const stored = parseInt(cString(header.subarray(148, 156)).trim() || 'x', 8)
  let sum = 0
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 0x20 : header[i]
  return stored === sum
}

/** A numeric header field: octal text, or GNU's base-256 (high bit set) for sizes of 8 GiB and more. */
function octal(header: Buffer, offset: number, length: number, where: string, position: number): number {
  const field = header.subarray(offset, offset + length)
  if (field[0] & 0x80) {
    let value = 0
    for (let i = 1; i < length; i++) value = value * 256 + field[i]
    if (Number.isSafeInteger(value)) return value
  } else {
    const text = cString(field).trim()
    if (/^[0-7]*$/.test(text)) return text ? parseInt(text, 8) : 0
  }
  throw new LayoutError(`${where}: the header at byte ${position} has no valid size`)
}

/** The member name of a ustar header: `prefix/name` when the ustar prefix is set (not GNU's, which has none). */
function headerName(header: Buffer): string {
  const name = cString(header.subarray(0, 100))
  const ustar = header.subarray(257, 263).toString('latin1') === 'ustar\0'
  const prefix = ustar ? cString(header.subarray(345, 500)) : ''
  return prefix ? `${prefix}/${name}` : name
}

/** The `path`, `linkpath` and `size` records of a PAX extended header (`<length> <key>=<value>\n` each). */
function paxRecords(data: Buffer): { path?: string; linkpath?: string; size?: number } {
  const found: { path?: string; linkpath?: string; size?: number } = {}
  let at = 0
  while (at < data.length) {
    const space = data.indexOf(0x20, at)
    const length = space > at ? Number(data.subarray(at, space).toString('latin1')) : NaN
    if (!Number.isInteger(length) || length <= 0 || at + length > data.length) break
    const record = data.subarray(space + 1, at + length - 1).toString('utf8')
    const equals = record.indexOf('=')
    const key = record.slice(0, equals)
    const value = record.slice(equals + 1)
    if (key === 'path') found.path = value
    else if (key === 'linkpath') found.linkpath = value
    else if (key === 'size' && /^\d+$/.test(value)) found.size = Number(value)
    at += length
  }
  return found
}

/** A NUL-terminated header field as text (Go and GNU tar write UTF-8 names). */
function cString(field: Buffer): string {
  const end = field.indexOf(0)
  return field.subarray(0, end < 0 ? field.length : end).toString('utf8')
}
