/**
 * Read stage: finds the seed files (read/find.ts: links followed to files,
 * everything else that looks like a seed rejected with the reason) and
 * decodes them to clean Unicode text. `listSeedFiles` and `readSeeds` touch
 * the file system; `decodeSeed` is pure.
 */
import { closeSync, constants, fstatSync, openSync, readFileSync } from 'node:fs'
import type { Rejection } from '../model.ts'
import { byCodeUnits } from '../order.ts'
import { describeError, findSeeds } from './read/find.ts'

export interface SeedText {
  /** Path relative to the seeds folder, with `/` separators. */
  seed: string
  text: string
  /** Something worth telling the curator that did not stop the seed. */
  warning?: string
}

export type DecodedSeed = { ok: true; text: string; warning?: string } | { ok: false; reason: string }

const UTF8_BOM = [0xef, 0xbb, 0xbf]
const UTF16LE_BOM = [0xff, 0xfe]
const UTF16BE_BOM = [0xfe, 0xff]
/** C0 controls other than tab and line feed, and DEL: never text a curator meant; many mean a binary file. */
const STRAY_CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g
/**
 * The C1 controls (U+0080–U+009F) are no text either: Windows-1252 bytes
 * 0x80–0x9F decode to printable characters, so in decoded text they only come
 * from a page that carried them. Removed here, before clean reads the lines:
 * left in, they made a line of prose look like a headline, and it was lost.
 */
const C1_CONTROLS = /[\u0080-\u009f]/g

/**
 * Largest seed read by default, in bytes: 2 MiB. A news page copied whole,
 * menus and comments included, is a few hundred kilobytes at most (a
 * 10,000-word feature is about 60 KB of text), so 2 MiB leaves room for ten
 * times that, while bounding the build: every stage is linear in a seed's
 * length, and a 1 MB paragraph builds in about 15 s (README: Curating),
 * and a file of hundreds of megabytes put in by mistake (a log, a dump) is
 * refused before it is read. `npm run build -- --max-seed-bytes N` changes it.
 */
export const MAX_SEED_BYTES = 2 * 1024 * 1024

export interface ReadOptions {
  /** Largest seed read, in bytes; a larger one is rejected (default MAX_SEED_BYTES). */
  maxSeedBytes?: number
}

/** Every `*.txt` under `dir` that can be read as a seed (links to files included), recursively, as sorted relative `/` paths. */
export function listSeedFiles(dir: string): string[] {
  return findSeeds(dir).files.map((f) => f.seed)
}

/**
 * Decodes one seed. UTF-8 (with or without BOM) and UTF-16 with a BOM are
 * read as such; bytes that are not valid UTF-8 are read as Windows-1252, the
 * usual encoding of text saved from older pages, with a warning. Empty and
 * binary files are rejected with the reason.
 */
export function decodeSeed(bytes: Uint8Array): DecodedSeed {
  let text: string
  let warning: string | undefined
  if (startsWith(bytes, UTF16LE_BOM) || startsWith(bytes, UTF16BE_BOM)) {
    const encoding = startsWith(bytes, UTF16LE_BOM) ? 'utf-16le' : 'utf-16be'
    text = new TextDecoder(encoding).decode(bytes.subarray(2))
  } else {
    if (bytes.includes(0)) return { ok: false, reason: 'binary file (contains NUL bytes), not text' }
    const body = startsWith(bytes, UTF8_BOM) ? bytes.subarray(3) : bytes
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(body)
    } catch {
      text = new TextDecoder('windows-1252').decode(body)
      warning = 'not valid UTF-8; decoded as Windows-1252'
    }
  }
  const controls = text.match(STRAY_CONTROLS)?.length ?? 0
  // A few stray controls are noise to remove; many mean the bytes are not text.
  if (controls >= 4 && controls > text.length / 20) {
    return { ok: false, reason: `binary file (${controls} control characters), not text` }
  }
  text = text.replace(/\r\n?/g, '\n').replace(STRAY_CONTROLS, '').replace(C1_CONTROLS, '').normalize('NFC')
  if (!text.trim()) return { ok: false, reason: 'empty file (no text)' }
  return warning ? { ok: true, text, warning } : { ok: true, text }
}

/**
 * Reads and decodes every seed under `dir`; nothing is dropped without a
 * reason. A seed larger than the limit is rejected, not cut: a cut article
 * would be published as if whole (its end, summary and entities missing)
 * with only a warning to say so, where a rejection stops the build and names
 * the file, its size and the limit.
 */
export function readSeeds(dir: string, options: ReadOptions = {}): { seeds: SeedText[]; rejected: Rejection[] } {
  const limit = options.maxSeedBytes ?? MAX_SEED_BYTES
  const found = findSeeds(dir)
  const seeds: SeedText[] = []
  const rejected: Rejection[] = [...found.rejected]
  for (const { seed, path } of found.files) {
    const read = readBounded(path, limit)
    const decoded = read.ok ? decodeSeed(read.bytes) : read
    if (!decoded.ok) rejected.push({ seed, reason: decoded.reason })
    else seeds.push(decoded.warning ? { seed, text: decoded.text, warning: decoded.warning } : { seed, text: decoded.text })
  }
  rejected.sort((a, b) => byCodeUnits(a.seed, b.seed))
  return { seeds, rejected }
}

/** The file's bytes, unless it is larger than `limit` (checked before reading) or cannot be read. */
function readBounded(path: string, limit: number): { ok: true; bytes: Uint8Array } | { ok: false; reason: string } {
  let fd: number
  try {
    // Non-blocking, so a named pipe put in the file's place cannot stall the build.
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0))
  } catch (error) {
    return { ok: false, reason: `cannot be read (${describeError(error)})` }
  }
  try {
    const size = fstatSync(fd).size
    if (size > limit) return { ok: false, reason: tooLarge(size, limit) }
    const bytes = readFileSync(fd)
    // The file may have grown since it was measured.
    return bytes.length > limit ? { ok: false, reason: tooLarge(bytes.length, limit) } : { ok: true, bytes }
  } catch (error) {
    return { ok: false, reason: `cannot be read (${describeError(error)})` }
  } finally {
    closeSync(fd)
  }
}

function tooLarge(size: number, limit: number): string {
  return `too large: ${formatBytes(size)}, over the limit of ${formatBytes(limit)} per seed (raise it with --max-seed-bytes)`
}

/** "2.5 MiB (2,621,440 bytes)"; bytes alone under 1 KiB. */
export function formatBytes(bytes: number): string {
  const exact = `${bytes.toLocaleString('en-US')} bytes`
  if (bytes < 1024) return exact
  const [value, unit] = bytes < 1024 * 1024 ? [bytes / 1024, 'KiB'] : [bytes / (1024 * 1024), 'MiB']
  return `${Number(value.toFixed(1))} ${unit} (${exact})`
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte)
}
