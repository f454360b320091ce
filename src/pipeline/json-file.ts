/**
 * JSON parsing for curator-edited files, with errors a person can act on:
 * the file, the line and the column, never a stack trace. jsonc-parser
 * (VS Code's parser) reports an offset for every syntax error (V8's
 * JSON.parse leaves it out of some messages) and finds where any JSON path
 * stands in the text, so a zod issue about a value can point at it too.
 */
import { findNodeAtLocation, type JSONPath, type ParseError, parse, parseTree, printParseErrorCode } from 'jsonc-parser'
import type { ZodError } from 'zod'

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
  // V8's parser first: on strict JSON both give the same value, and it is many times faster on a
  // catalog.json of thousands of seeds, which every build reads twice. jsonc-parser reads the
  // text only when it is not JSON, to say where.
  try {
    return JSON.parse(text)
  } catch {
    // located below
  }
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

/**
 * A zod error on a parsed file as messages, one an issue, in the order they
 * stand in the file: `seeds/topics.json:3:5: topic 0 ("war"): missing "title"`.
 * `where` names the part of the file a path is in (`topic 0 ("war"): `, with
 * its separator); the schema's message says what is wrong. Each unknown key
 * is reported at its own place.
 */
export function locatedIssues(error: ZodError, text: string, file: string, where: (path: PropertyKey[]) => string): string[] {
  const root = parseTree(text)
  const issues = error.issues.flatMap((issue): { path: PropertyKey[]; message: string }[] =>
    issue.code === 'unrecognized_keys' ? issue.keys.map((key) => ({ path: [...issue.path, key], message: issue.message })) : [issue],
  )
  return issues
    .map((issue) => ({ offset: offsetOf(root, issue.path), issue }))
    .sort((a, b) => a.offset - b.offset)
    .map(({ offset, issue }) => {
      const { line, column } = lineAndColumn(text, offset)
      return `${file}:${line}:${column}: ${where(issue.path)}${issue.message}`
    })
}

/**
 * Where a path points: an object member's name (where a reader looks for
 * it), an array item or the whole value; for a member that is missing, the
 * object that lacks it.
 */
function offsetOf(root: ReturnType<typeof parseTree>, path: PropertyKey[]): number {
  if (!root) return 0
  for (let depth = path.length; depth >= 0; depth--) {
    const node = findNodeAtLocation(root, path.slice(0, depth) as JSONPath)
    if (node) return node.parent?.type === 'property' ? node.parent.offset : node.offset
  }
  return root.offset
}
