/**
 * What a corpus stage keeps for the next build (duplicates' links, see
 * findDuplicatesFrom; stories' blocks, see settleStories), one JSON file per stage beside the per-article cache:
 * DIR/corpus/<code version>/<stage>.json, so a code change starts afresh as
 * the per-article results do (their folder, DIR/<code version>/, holds
 * nothing else). Written to a temporary name and renamed; an absent
 * or unreadable file is no state (the stage then does all its work).
 */
import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { writeFileAtomically } from '../disk.ts'

export interface StateFile {
  dir: string
  version: string
}

function statePath({ dir, version }: StateFile, stage: string): string {
  return join(dir, 'corpus', version, `${stage}.json`)
}

/** The stage's state, or null when there is none; a file that is there but unreadable is also null, and said in `problems` when given. */
export function readState<T>(file: StateFile, stage: string, problems?: string[]): T | null {
  const path = statePath(file, stage)
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as T
  } catch (error) {
    if (problems && (error as NodeJS.ErrnoException).code !== 'ENOENT') problems.push(`${path}: not readable (${(error as Error).message})`)
    return null
  }
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
