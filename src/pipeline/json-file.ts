/**
 * JSON parsing for curator-edited files, with errors a person can act on:
 * the file, the line and the column, never a stack trace. jsonc-parser
 * (VS Code's parser) reports an offset for every syntax error; V8's
 * JSON.parse leaves it out of some messages.
 */
import { type ParseError, parse, printParseErrorCode } from 'jsonc-parser'

export class InputError extends Error {
  override name = 'InputError'
}

/** jsonc-parser's error codes in a curator's words; {found} is the text at the error. */
const REASONS: Record<string, string> = {
  InvalidSymbol: 'unexpected {found}',
  InvalidNumberFormat: 'invalid number',
  PropertyNameExpected: 'expected a double-quoted property name but found {found}',
  ValueExpected: 'expected a value but found {found}',
  ColonExpected: "expected ':' after the property name but found {found}",
  CommaExpected: "expected ',' between items but found {found}",
  CloseBraceExpected: "expected '}' but found {found}",
  CloseBracketExpected: "expected ']' but found {found}",
  EndOfFileExpected: 'unexpected {found} after the end of the JSON value',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'unterminated comment',
  UnexpectedEndOfString: 'unterminated string',
  UnexpectedEndOfNumber: 'unterminated number',
  InvalidUnicode: 'invalid \\u escape',
  InvalidEscapeCharacter: 'invalid escape character',
  InvalidCharacter: 'invalid character in string',
}

/** Parses `text` as strict JSON or throws an InputError like `seeds/topics.json:4:17: invalid JSON: expected ','…`. */
export function parseJsonFile(text: string, file: string): unknown {
  if (!text.trim()) throw new InputError(`${file}: the file is empty (expected JSON)`)
  const errors: ParseError[] = []
  const value: unknown = parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false })
  const first = errors[0]
  if (!first) return value
  const { line, column } = lineAndColumn(text, first.offset)
  const code = printParseErrorCode(first.error)
  const found = first.offset >= text.length ? 'the end of the text' : `'${String.fromCodePoint(text.codePointAt(first.offset)!)}'`
  throw new InputError(`${file}:${line}:${column}: invalid JSON: ${(REASONS[code] ?? code).replace('{found}', found)}`)
}

/** 1-based line and column of a UTF-16 offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset)
  const line = before.split('\n').length
  const column = offset - before.lastIndexOf('\n')
  return { line, column }
}
