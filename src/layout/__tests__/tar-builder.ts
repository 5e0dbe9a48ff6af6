/** A member of a test tar: a regular file (bytes), a directory, or a symbolic or hard link. */
export type TarEntry =
  { name: string; data: Buffer | string } | { name: string; directory: true } | { name: string; symlink: string } | { name: string; hardlink: string }

/** One 512-byte ustar header. */
function header(name: string, size: number, type: string, link = ''): Buffer {
  const block = Buffer.alloc(512)
  const put = (text: string, offset: number, length: number): void => void block.write(text.slice(0, length), offset, 'utf8')
  const octal = (value: number, length: number): string => `${value.toString(8).padStart(length - 1, '0')}\0`
  put(name, 0, 100)
  put(octal(0o644, 8), 100, 8)
  put(octal(0, 8), 108, 8)
  put(octal(0, 8), 116, 8)
  put(octal(size, 12), 124, 12)
  put(octal(0, 12), 136, 12)
  put('        ', 148, 8)
  put(type, 156, 1)
  put(link, 157, 100)
  put('ustar\0', 257, 6)
  put('00', 263, 2)
  put(
    `${block
      .reduce((sum, byte) => sum + byte, 0)
      .toString(8)
      .padStart(6, '0')}\0 `,
    148,
    8
  )
  return block
}

const padded = (data: Buffer): Buffer => Buffer.concat([data, Buffer.alloc((512 - (data.length % 512)) % 512)])

/** A PAX record `<length> key=value\n` (the length counts itself). */
function paxRecord(key: string, value: string): string {
  const body = ` ${key}=${value}\n`
  let length = body.length + 1
  while (`${length}${body}`.length !== length) length++
  return `${length}${body}`
}

/**
 * A tar archive as Go's archive/tar writes it: ustar headers, a PAX `path` record before a member
 * whose name or link target is over 100 bytes, two zero blocks at the end (`end: false` leaves them out).
 */
export function buildTar(entries: TarEntry[], options: { end?: boolean } = {}): Buffer {
  const parts: Buffer[] = []
  for (const entry of entries) {
    const link = 'symlink' in entry ? entry.symlink : 'hardlink' in entry ? entry.hardlink : ''
    const records = [Buffer.byteLength(entry.name) > 100 ? paxRecord('path', entry.name) : '', Buffer.byteLength(link) > 100 ? paxRecord('linkpath', link) : '']
    if (records.some(Boolean)) {
      const pax = Buffer.from(records.join(''))
      parts.push(header('PaxHeaders/long', pax.length, 'x'), padded(pax))
    }
    if ('data' in entry) {
      const data = Buffer.from(entry.data)
      parts.push(header(entry.name, data.length, '0'), padded(data))
    } else if ('directory' in entry) parts.push(header(entry.name, 0, '5'))
    else if ('symlink' in entry) parts.push(header(entry.name, 0, '2', entry.symlink))
    else parts.push(header(entry.name, 0, '1', entry.hardlink))
  }
  if (options.end !== false) parts.push(Buffer.alloc(1024))
  return Buffer.concat(parts)
}
