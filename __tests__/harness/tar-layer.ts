import { buildTar } from '../../src/layout/__tests__/tar-builder'

/**
 * An uncompressed tar holding one file: a layer a Docker daemon can unpack (it detects compression
 * from the bytes), whose digest is also its `diff_id`, as pushImage's config lists.
 */
export function tarLayer(name: string, content: Buffer): Buffer {
  return buildTar([{ name, data: content }])
}
