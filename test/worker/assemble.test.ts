import { describe, expect, it } from 'vitest'
import { assemble, type Envelope } from '../../src/render/feed-model.ts'

const utf8 = new TextDecoder()
const envelope: Envelope = { head: '<feed>\n', separator: ',', tail: '</feed>\n' }

describe('assemble', () => {
  it.each([
    ['no items', [], '<feed>\n</feed>\n', 15],
    ['one-byte items', ['<a/>', '<b/>'], '<feed>\n<a/>,<b/></feed>\n', 24],
    // é is 2 bytes, 中 3, 🚀 4 (two UTF-16 units): 5 items of 3 units each carry 2+3+4 bytes where 3 units were counted.
    ['items past the buffer margin', ['é中🚀', 'é中🚀', 'é中🚀', 'é中🚀', 'é中🚀'], '<feed>\né中🚀,é中🚀,é中🚀,é中🚀,é中🚀</feed>\n', 15 + 4 + 5 * 9],
    ['a long two-byte run', ['ж'.repeat(1000)], `<feed>\n${'ж'.repeat(1000)}</feed>\n`, 15 + 2000],
  ])('%s: the envelope and items as UTF-8', (_, items, text, bytes) => {
    const body = assemble(envelope, items)
    expect(body.length).toBe(bytes)
    expect(utf8.decode(body)).toBe(text)
  })
})
