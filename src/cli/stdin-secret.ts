import { UsageError } from '../oci/errors'

/** A password is short: more than this on stdin is not one. */
const MAX_BYTES = 64 * 1024
/** Stdin that stays open without an end (a pipe whose writer hangs) is given up after this long. */
const WAIT_MS = 30_000

/** The stream a password is read from (process.stdin). */
export type SecretStream = NodeJS.ReadableStream & { isTTY?: boolean }

/**
 * Reads a password or token from stdin, as `docker login --password-stdin` does: everything up to
 * the end of input, the trailing line break dropped. A terminal (nothing piped in), empty input,
 * input longer than 64 KiB or no end within 30 s is a UsageError naming `flag`.
 */
export async function readStdinSecret(stream: SecretStream, flag: string, waitMs = WAIT_MS): Promise<string> {
  if (stream.isTTY) throw new UsageError(`${flag}: stdin is a terminal; pipe the password in, e.g. printf %s "$TOKEN" | gcr-mirror sync ... ${flag}`)
  const chunks: Buffer[] = []
  let size = 0
  const text = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => finish(new UsageError(`${flag}: stdin did not end within ${waitMs / 1000} s; pipe the password in and close it`)), waitMs)
    const finish = (error?: Error): void => {
      clearTimeout(timer)
      stream.off('data', onData)
      stream.off('end', onEnd)
      stream.off('error', onError)
      stream.pause()
      if (error) reject(error)
      else resolve(Buffer.concat(chunks).toString('utf8'))
    }
    const onData = (chunk: Buffer | string): void => {
      const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk
      size += buffer.length
      if (size > MAX_BYTES) return finish(new UsageError(`${flag}: stdin holds more than ${MAX_BYTES / 1024} KiB; expected one password or token`))
      chunks.push(buffer)
    }
    const onEnd = (): void => finish()
    const onError = (error: Error): void => finish(new UsageError(`${flag}: stdin cannot be read (${error.message})`))
    stream.on('data', onData)
    stream.on('end', onEnd)
    stream.on('error', onError)
    stream.resume()
  })
  const password = text.replace(/\r?\n$/, '')
  if (!password) throw new UsageError(`${flag}: stdin is empty; expected the password or token`)
  return password
}
