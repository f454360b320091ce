/** Reading a streamed body only as far as asked (src/served/body-prefix.ts), whatever its chunks. */
import { describe, expect, it } from 'vitest'
import { BodyPrefix, readRanges } from '../../src/served/body-prefix.ts'

const utf8 = new TextEncoder()
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes)

/** A body of these chunks, pulled one at a time (none ahead of the reader), and how many were pulled. */
function chunked(chunks: string[]): { body: ReadableStream<Uint8Array>; pulled: () => number } {
  let next = 0
  const body = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        controller.enqueue(utf8.encode(chunks[next++]!))
        if (next === chunks.length) controller.close()
      },
    },
    { highWaterMark: 0 },
  )
  return { body, pulled: () => next }
}

describe('BodyPrefix', () => {
  it.each([
    { chunks: ['{"a":1}\nabcdefgh'], line: '{"a":1}', bytes: 3, rest: 'abc', pulled: 1 },
    { chunks: ['{"a"', ':1}', '\nab', 'cdef', 'gh'], line: '{"a":1}', bytes: 5, rest: 'abcde', pulled: 4 },
    { chunks: ['{}\n', 'abc', 'def'], line: '{}', bytes: 0, rest: '', pulled: 1 },
    { chunks: ['x\nab', 'cd', 'ef', 'gh'], line: 'x', bytes: 4, rest: 'abcd', pulled: 2 },
  ])('reads a line and then $bytes bytes from chunks $chunks, pulling $pulled', async ({ chunks, line, bytes, rest, pulled }) => {
    const body = chunked(chunks)
    const prefix = new BodyPrefix(body.body, 'pack.txt')
    expect(text(await prefix.line())).toBe(line)
    const read = await prefix.bytes(bytes)
    expect(read.length).toBe(bytes)
    expect(text(read)).toBe(rest)
    prefix.close()
    expect(body.pulled()).toBe(pulled)
  })

  it('names the file when it ends before the bytes asked for', async () => {
    const prefix = new BodyPrefix(chunked(['ab']).body, 'catalog/items/articles/api/0.txt')
    await expect(prefix.bytes(3)).rejects.toThrow('catalog: catalog/items/articles/api/0.txt ends before the bytes the index says it holds')
  })

  it.each([
    { chunks: ['hello ', 'world', '!'], ranges: [[0, 5]], parts: ['hello'], pulled: 1 },
    { chunks: ['hello ', 'world', '!'], ranges: [[2, 4], [6, 11]], parts: ['ll', 'world'], pulled: 2 },
    { chunks: ['hello ', 'world', '!'], ranges: [[4, 8], [11, 12]], parts: ['o wo', '!'], pulled: 3 },
    { chunks: ['ab', 'cd', 'ef', 'gh'], ranges: [[1, 7]], parts: ['bcdefg'], pulled: 4 },
    { chunks: ['ab', 'cd', 'ef', 'gh'], ranges: [[5, 5], [5, 6]], parts: ['', 'f'], pulled: 3 },
  ])('reads ranges $ranges of chunks $chunks as $parts, pulling $pulled', async ({ chunks, ranges, parts, pulled }) => {
    const body = chunked(chunks)
    const read = await readRanges(new Response(body.body), 'a.ndjson', ranges as [number, number][])
    expect(read.map(text)).toEqual(parts)
    expect(body.pulled()).toBe(pulled)
  })
})
