/**
 * Read stage: finds the seed files and decodes them to clean Unicode text.
 * `listSeedFiles` and `readSeeds` touch the file system; `decodeSeed` is pure.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import type { Rejection } from '../model.ts'
import { byCodeUnits } from '../order.ts'

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

/** Every `*.txt` under `dir`, recursively, as sorted relative `/` paths. */
export function listSeedFiles(dir: string): string[] {
  const found: string[] = []
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue
      const path = join(folder, entry.name)
      if (entry.isDirectory()) walk(path)
      else if (entry.isFile() && entry.name.toLowerCase().endsWith('.txt')) found.push(relative(dir, path).split(sep).join('/'))
    }
  }
  walk(dir)
  // Code-unit order, not locale order, so every machine lists seeds alike.
  return found.sort(byCodeUnits)
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

/** Reads and decodes every seed under `dir`; nothing is dropped without a reason. */
export function readSeeds(dir: string): { seeds: SeedText[]; rejected: Rejection[] } {
  const seeds: SeedText[] = []
  const rejected: Rejection[] = []
  for (const seed of listSeedFiles(dir)) {
    const decoded = decodeSeed(readFileSync(join(dir, seed)))
    if (!decoded.ok) rejected.push({ seed, reason: decoded.reason })
    else seeds.push(decoded.warning ? { seed, text: decoded.text, warning: decoded.warning } : { seed, text: decoded.text })
  }
  return { seeds, rejected }
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte)
}
