import { createCipheriv, createHash, type Cipher } from 'node:crypto'
import { Readable } from 'node:stream'

/*
 * Deterministic incompressible bytes at memory speed: an AES-128-CTR keystream keyed by a seed
 * (the harness's randomLayer hashes every 32 bytes, about 15 MiB/s, too slow for a 1 GiB layer).
 */

const CHUNK = 1024 * 1024

function cipher(seed: number): Cipher {
  const key = createHash('sha256').update(`bench:${seed}`).digest().subarray(0, 16)
  return createCipheriv('aes-128-ctr', key, Buffer.alloc(16))
}

/** `size` bytes of the keystream of `seed`. */
export function keystream(size: number, seed: number): Buffer {
  return cipher(seed).update(Buffer.alloc(size))
}

/** The same bytes as `keystream(size, seed)`, as a stream of 1 MiB chunks (never whole in memory). */
export function keystreamStream(size: number, seed: number): Readable {
  const aes = cipher(seed)
  const zeros = Buffer.alloc(CHUNK)
  return Readable.from(
    (function* () {
      for (let offset = 0; offset < size; offset += CHUNK) yield aes.update(zeros.subarray(0, Math.min(CHUNK, size - offset)))
    })()
  )
}

/** The sha256 digest of a stream. */
export async function digestOf(stream: Readable): Promise<string> {
  const hash = createHash('sha256')
  for await (const chunk of stream) hash.update(chunk as Buffer)
  return `sha256:${hash.digest('hex')}`
}
