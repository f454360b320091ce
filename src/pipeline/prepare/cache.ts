/**
 * Per-article results cached by content hash, so a rebuild redoes only the
 * articles that changed. The key covers everything a result depends on: the
 * seed's text, the curator fields that shape the page (PageEntry), the
 * options, and the code itself (a hash of the pipeline's sources and the
 * lock file), so a code or dependency change starts afresh. The seed's path
 * is not in the key: a renamed seed is the same article.
 *
 * One JSON file per article under DIR/<version>/<2 hex>/<key>.json, written
 * to a temporary name and renamed, so concurrent writers never leave half a file.
 */
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { PageEntry, Prepared, PrepareOptions } from '../prepare.ts'

const SRC = join(dirname(fileURLToPath(import.meta.url)), '../../')
/** What the per-article stages read: the pipeline, the shared text helpers, the model and the shared modules at the top of src/. */
const CODE_PATHS = ['pipeline', 'text', 'model.ts', 'dates.ts', 'order.ts']

function filesUnder(path: string): string[] {
  if (!existsSync(path)) return []
  if (!statSync(path).isDirectory()) return [path]
  return readdirSync(path)
    .sort()
    .flatMap((name) => filesUnder(join(path, name)))
}

/**
 * Hash of the code a cached result depends on: its sources (`paths` under
 * src/; by default what the per-article results read) and the installed
 * dependencies' lock file.
 */
export function codeVersion(paths: string[] = CODE_PATHS): string {
  const hash = createHash('sha256')
  const files = [...paths.flatMap((p) => filesUnder(join(SRC, p))), join(SRC, '../package-lock.json')]
  for (const file of files) {
    if (!existsSync(file)) continue
    hash.update(file.slice(SRC.length)).update('\0').update(readFileSync(file)).update('\0')
  }
  return hash.digest('hex').slice(0, 16)
}

export interface CacheKeyInput {
  text: string
  entry: PageEntry
  options: PrepareOptions
  version: string
}

export function cacheKey({ text, entry, options, version }: CacheKeyInput): string {
  // Fields in a fixed order, so the key never depends on the order a curator wrote them in.
  const fields = [version, options.summaryWords, entry.title ?? null, entry.url ?? null, entry.source ?? null, entry.authors ?? null]
  return createHash('sha256').update(JSON.stringify(fields)).update('\0').update(text).digest('hex')
}

function cachePath(dir: string, version: string, key: string): string {
  return join(dir, version, key.slice(0, 2), `${key}.json`)
}

export function readCached(dir: string, version: string, key: string): Prepared | undefined {
  try {
    return JSON.parse(readFileSync(cachePath(dir, version, key), 'utf8')) as Prepared
  } catch {
    return undefined // absent, or unreadable: computed again and rewritten
  }
}

export function writeCached(dir: string, version: string, key: string, value: Prepared): void {
  const path = cachePath(dir, version, key)
  mkdirSync(dirname(path), { recursive: true })
  const temp = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`
  writeFileSync(temp, JSON.stringify(value))
  renameSync(temp, path)
}
