/**
 * Finds where a JSON text first goes wrong, and why, in words a curator can
 * act on. `JSON.parse` reports a position for most errors but not all (V8 says
 * only "Unexpected token 'x'" for a bare word, nothing for an unexpected end),
 * and its wording differs between engines, so the taxonomy parser runs this
 * small RFC 8259 scanner once parsing has failed. It only locates; it builds
 * no values.
 */

export interface JsonErrorLocation {
  line: number
  column: number
  reason: string
}

class Located extends Error {
  constructor(
    readonly offset: number,
    readonly reason: string,
  ) {
    super(reason)
  }
}

/** The first syntax error in `text`, or null when it is valid JSON. */
export function locateJsonError(text: string): JsonErrorLocation | null {
  let pos = 0
  const fail = (reason: string, at = pos): never => {
    throw new Located(at, reason)
  }
  const describe = () => (pos >= text.length ? 'the end of the text' : `'${text[pos]}'`)
  const skipSpace = () => {
    while (pos < text.length && ' \t\n\r'.includes(text[pos]!)) pos++
  }

  const value = (): void => {
    skipSpace()
    const c = text[pos]
    if (c === '{') return object()
    if (c === '[') return array()
    if (c === '"') return string()
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return number()
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, pos)) {
        pos += word.length
        return
      }
    }
    fail(`expected a value but found ${describe()}`)
  }

  const object = (): void => {
    pos++ // {
    skipSpace()
    if (text[pos] === '}') return void pos++
    for (;;) {
      skipSpace()
      if (text[pos] !== '"') fail(`expected a property name in double quotes but found ${describe()}`)
      string()
      skipSpace()
      if (text[pos] !== ':') fail(`expected ':' after the property name but found ${describe()}`)
      pos++
      value()
      skipSpace()
      if (text[pos] === ',') {
        pos++
        continue
      }
      if (text[pos] === '}') return void pos++
      fail(`expected ',' or '}' after a property value but found ${describe()}`)
    }
  }

  const array = (): void => {
    pos++ // [
    skipSpace()
    if (text[pos] === ']') return void pos++
    for (;;) {
      value()
      skipSpace()
      if (text[pos] === ',') {
        pos++
        continue
      }
      if (text[pos] === ']') return void pos++
      fail(`expected ',' or ']' after an array element but found ${describe()}`)
    }
  }

  const string = (): void => {
    const start = pos
    pos++ // opening quote
    for (;;) {
      if (pos >= text.length) fail('unterminated string', start)
      const c = text[pos]!
      if (c === '"') return void pos++
      if (c < ' ') fail('control character (such as a line break) inside a string')
      if (c === '\\') {
        const e = text[pos + 1]
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(pos + 2, pos + 6))) fail('bad \\u escape in a string')
          pos += 6
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) pos += 2
        else fail('bad escape in a string')
      } else pos++
    }
  }

  const number = (): void => {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(pos))
    if (!match) fail(`bad number starting with ${describe()}`)
    pos += match![0].length
  }

  try {
    value()
    skipSpace()
    if (pos < text.length) fail(`unexpected ${describe()} after the end of the JSON value`)
    return null
  } catch (error) {
    if (!(error instanceof Located)) throw error
    return { ...lineAndColumn(text, error.offset), reason: error.reason }
  }
}

/** 1-based line and column of a UTF-16 offset. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1
  let lineStart = 0
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n') {
      line++
      lineStart = i + 1
    }
  }
  return { line, column: offset - lineStart + 1 }
}
