/**
 * What a corpus stage keeps for the next build (duplicates' links, see
 * findDuplicatesFrom), one JSON file per stage beside the per-article cache:
 * DIR/corpus/<code version>/<stage>.json, so a code change starts afresh as
 * the per-article results do (their folder, DIR/<code version>/, holds
 * nothing else). Written to a temporary name and renamed; an absent
 * or unreadable file is no state (the stage then does all its work).
 */
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { writeFileAtomically } from '../disk.ts'

export interface StateFile {
  dir: string
  version: string
}

function statePath({ dir, version }: StateFile, stage: string): string {
  return join(dir, 'corpus', version, `${stage}.json`)
}

export function readState<T>(file: StateFile, stage: string): T | null {
  try {
    return JSON.parse(readFileSync(statePath(file, stage), 'utf8')) as T
  } catch {
    return null
  }
}

/**
 * readState for a stage whose state a build expects after the first: a file
 * that is there but cannot be read or parsed is a warning (the stage then
 * does all its work); an absent one is a first build and says nothing.
 */
export function readStateOrWarn<T>(file: StateFile, stage: string, warnings: string[]): T | null {
  const path = statePath(file, stage)
  if (!existsSync(path)) return null
  const state = readState<T>(file, stage)
  if (state === null) warnings.push(`${path}: unreadable; the ${stage} stage decides every block again`)
  return state
}

/** Keeps a stage's state; a failure is the caller's warning (the next build then does all the stage's work), never a failed build. */
export function writeState(file: StateFile, stage: string, value: unknown, consequence = 'the next build checks every pair of texts for copies again'): string | null {
  const path = statePath(file, stage)
  try {
    mkdirSync(dirname(path), { recursive: true })
    writeFileAtomically(path, JSON.stringify(value))
    return null
  } catch (error) {
    return `${path}: not saved (${(error as Error).message}); ${consequence}`
  }
}

/** A content key of a text: 120 bits of its SHA-256, enough that two texts of one catalog never share one by chance. */
export function textKey(text: string): string {
  return createHash('sha256').update(text).digest('base64url').slice(0, 20)
}
