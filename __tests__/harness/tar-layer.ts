/** A ustar header for one regular file. */
function tarHeader(name: string, size: number): Buffer {
  const header = Buffer.alloc(512)
  const put = (text: string, offset: number, length: number): void => void header.write(text.slice(0, length), offset, 'latin1')
  const octal = (value: number, length: number): string => `${value.toString(8).padStart(length - 1, '0')}\0`
  put(name, 0, 100)
  put(octal(0o644, 8), 100, 8)
  put(octal(0, 8), 108, 8)
  put(octal(0, 8), 116, 8)
  put(octal(size, 12), 124, 12)
  put(octal(0, 12), 136, 12)
  put('        ', 148, 8)
  put('0', 156, 1)
  put('ustar\0', 257, 6)
  put('00', 263, 2)
  const checksum = header.reduce((sum, byte) => sum + byte, 0)
  put(`${checksum.toString(8).padStart(6, '0')}\0 `, 148, 8)
  return header
}

/**
 * An uncompressed tar holding one file: a layer a Docker daemon can unpack (it detects compression
 * from the bytes), whose digest is also its `diff_id`, as pushImage's config lists.
 */
export function tarLayer(name: string, content: Buffer): Buffer {
  const padding = Buffer.alloc((512 - (content.length % 512)) % 512)
  return Buffer.concat([tarHeader(name, content.length), content, padding, Buffer.alloc(1024)])
}
