import type { ImageResult, ImageStatus } from '../types'

/** The results of a run as they come in, from planning, verification and copies: told to the shell at once, counted at the end. */
export class RunResults {
  readonly images: ImageResult[] = []
  /** Bytes copied so far. */
  bytes = 0

  constructor(private readonly onImage?: (result: ImageResult) => void) {}

  add(result: ImageResult): void {
    this.images.push(result)
    this.bytes += result.bytes
    this.onImage?.(result)
  }

  count(status: ImageStatus): number {
    return this.images.filter((image) => image.status === status).length
  }

  /** The results sorted by source reference, as the report lists them. */
  sorted(): ImageResult[] {
    return this.images.sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : 0))
  }
}
