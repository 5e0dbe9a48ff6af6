import { Readable, Writable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { describe, expect, it } from 'vitest'
import { sha256Digest, VerifyingStream } from '../digest'
import { DigestMismatchError, ProtocolError } from '../errors'

const bytes = Buffer.from('gcr-mirror blob content')
const digest = sha256Digest(bytes)

async function verify(content: Buffer, expected: string, size?: number): Promise<Buffer> {
  const out: Buffer[] = []
  await pipeline(Readable.from([content.subarray(0, 5), content.subarray(5)]), new VerifyingStream(expected, size), async (source) => {
    for await (const chunk of source) out.push(chunk as Buffer)
  })
  return Buffer.concat(out)
}

describe('VerifyingStream', () => {
  it('passes content whose digest and size match', async () => {
    expect(await verify(bytes, digest, bytes.length)).toEqual(bytes)
  })

  it('fails content whose digest differs', async () => {
    const corrupt = Buffer.from(bytes)
    corrupt[3] ^= 0xff
    await expect(verify(corrupt, digest, bytes.length)).rejects.toThrow(DigestMismatchError)
  })

  it('fails content shorter or longer than its descriptor', async () => {
    await expect(verify(bytes.subarray(1), digest, bytes.length)).rejects.toThrow(/bytes, its descriptor says/)
    await expect(verify(Buffer.concat([bytes, Buffer.from('x')]), digest, bytes.length)).rejects.toThrow(/more than/)
  })

  it('holds back the last chunk until the digest is proved: corrupt content never gets through whole', async () => {
    const corrupt = Buffer.from(bytes)
    corrupt[corrupt.length - 1] ^= 0xff
    const passed: Buffer[] = []
    const run = pipeline(
      Readable.from([corrupt.subarray(0, 5), corrupt.subarray(5, 10), corrupt.subarray(10)]),
      new VerifyingStream(digest, bytes.length),
      new Writable({
        write(chunk: Buffer, _encoding, callback) {
          passed.push(chunk)
          callback()
        }
      })
    )
    await expect(run).rejects.toThrow(DigestMismatchError)
    expect(Buffer.concat(passed)).toEqual(corrupt.subarray(0, 10))
  })

  it('refuses a malformed digest before reading anything', () => {
    expect(() => new VerifyingStream('sha256:../../x')).toThrow(ProtocolError)
  })
})
