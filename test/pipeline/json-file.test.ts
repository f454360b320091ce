import { describe, expect, it } from 'vitest'
import { InputError, lineAndColumn, parseJsonFile } from '../../src/pipeline/json-file.ts'

describe('parseJsonFile', () => {
  it('returns the value of valid JSON', () => {
    expect(parseJsonFile('{"a": [1, "two"]}', 'x.json')).toEqual({ a: [1, 'two'] })
  })

  it.each([
    ['missing colon', '{\n  "a": 1,\n  "b" 2\n}', "x.json:3:7: invalid JSON: expected ':' after the property name but found '2'"],
    ['trailing comma', '{"a": 1,}', "x.json:1:9: invalid JSON: expected a double-quoted property name but found '}'"],
    ['unclosed array', '[1, 2', "x.json:1:6: invalid JSON: expected ']' but found the end of the text"],
    ['bad literal', '{"a": tru}', "x.json:1:7: invalid JSON: unexpected 't'"],
    ['text after the value', '{}\n}', "x.json:2:1: invalid JSON: unexpected '}' after the end of the JSON value"],
    ['unterminated string', '["ab', 'x.json:1:2: invalid JSON: unterminated string'],
    ['comment', '// note\n{}', 'x.json:1:1: invalid JSON: comments are not allowed in JSON'],
    ['empty file', '  \n', 'x.json: the file is empty (expected JSON)'],
  ])('%s', (_name, text, message) => {
    expect(() => parseJsonFile(text, 'x.json')).toThrow(new InputError(message))
  })
})

describe('lineAndColumn', () => {
  it.each([
    [0, 1, 1],
    [2, 1, 3],
    [3, 2, 1],
    [6, 3, 1],
    [7, 3, 2],
  ])('offset %i is line %i column %i of "ab\\ncd\\nef"', (offset, line, column) => {
    expect(lineAndColumn('ab\ncd\nef', offset)).toEqual({ line, column })
  })
})
