/**
 * Reads an asset's streamed body from its start only as far as a request
 * needs, then stops the stream: a page of the newest items in a pack costs
 * those items' bytes, not the pack's, and no request materialises a whole
 * pack it mostly does not show (the garbage of whole packs was most of the
 * slowest requests' CPU).
 */
const NEWLINE = 10

export class BodyPrefix {
  private readonly reader: ReadableStreamDefaultReader<Uint8Array>
  /** What the last chunk holds beyond what was asked for so far. */
  private pending: Uint8Array = new Uint8Array(0)

  constructor(
    body: ReadableStream<Uint8Array>,
    private readonly path: string,
  ) {
    this.reader = body.getReader()
  }

  /** The bytes up to the next newline (not included; the newline is read). */
  async line(): Promise<Uint8Array> {
    const parts: Uint8Array[] = []
    for (;;) {
      const newline = this.pending.indexOf(NEWLINE)
      if (newline >= 0) {
        parts.push(this.pending.subarray(0, newline))
        this.pending = this.pending.subarray(newline + 1)
        // A header line rarely spans chunks; when it does, Blob joins them.
        return parts.length === 1 ? parts[0]! : new Uint8Array(await new Blob(parts as Uint8Array<ArrayBuffer>[]).arrayBuffer())
      }
      parts.push(this.pending)
      this.pending = await this.next()
    }
  }

  /** The next `length` bytes, in one buffer of exactly that length. */
  async bytes(length: number): Promise<Uint8Array> {
    const out = new Uint8Array(length)
    let at = 0
    while (at < length) {
      if (this.pending.length === 0) this.pending = await this.next()
      const n = Math.min(this.pending.length, length - at)
      out.set(this.pending.subarray(0, n), at)
      at += n
      this.pending = this.pending.subarray(n)
    }
    return out
  }

  /**
   * The bytes at these ranges (ascending, not overlapping, counted from the
   * current point), each a view into the chunk that holds it when one does,
   * else a copy of its parts: no buffer for what lies between them, and no
   * second copy of the chunks the runtime handed over.
   */
  async ranges(wanted: readonly (readonly [start: number, end: number])[]): Promise<Uint8Array[]> {
    const out: Uint8Array[] = []
    let at = 0 // where `pending` starts
    for (const [start, end] of wanted) {
      if (end === start) {
        out.push(new Uint8Array(0))
        continue
      }
      while (at + this.pending.length <= start) {
        at += this.pending.length
        this.pending = await this.next()
      }
      this.pending = this.pending.subarray(start - at)
      if (this.pending.length >= end - start) {
        out.push(this.pending.subarray(0, end - start))
        this.pending = this.pending.subarray(end - start)
      } else {
        out.push(await this.bytes(end - start))
      }
      at = end
    }
    return out
  }

  /** Stops the stream: the rest of the body is not read. */
  close(): void {
    this.reader.cancel().catch(() => undefined)
  }

  private async next(): Promise<Uint8Array> {
    const { done, value } = await this.reader.read()
    if (done) throw new Error(`catalog: ${this.path} ends before the bytes the index says it holds`)
    return value
  }
}

/** The bytes at these ranges of an asset's body (read.ts `fetchAsset`'s answer; see `ranges`), the rest not read. */
export async function readRanges(response: Response, path: string, wanted: readonly (readonly [start: number, end: number])[]): Promise<Uint8Array[]> {
  if (response.body === null) throw new Error(`catalog: ${path} has no body`)
  const prefix = new BodyPrefix(response.body, path)
  try {
    return await prefix.ranges(wanted)
  } finally {
    prefix.close()
  }
}
