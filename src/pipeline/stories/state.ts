/**
 * The stories stage between builds: the previous build's StoriesState
 * (settleStories) read from the cache's corpus folder (corpus-state.ts), the
 * stage resumed from it, and this build's state written back. A state that
 * cannot be used is a warning and a full stage, never a failed build.
 */
import type { Article, Story } from '../../model.ts'
import { readStateOrWarn, type StateFile, writeState } from '../corpus-state.ts'
import { type SettledStories, settleStories, type StoriesState, type StoryBlockState, type StoryOptions } from '../stories.ts'

/** Stories, resuming at the first time block whose articles differ from the previous build's state in `stateFile`, if it has one. */
export function settleStoriesFrom(articles: Article[], options: StoryOptions, stateFile: StateFile, warnings: string[]): Story[] {
  const saved = readStateOrWarn<unknown>(stateFile, 'stories', warnings)
  let settled: SettledStories
  try {
    settled = settleStories(articles, options, saved === null ? null : storiesStateOf(saved))
  } catch (error) {
    if (saved === null) throw error
    warnings.push(`stories: the previous build's state is not usable (${(error as Error).message}); every block is decided again`)
    settled = settleStories(articles, options, null)
  }
  const unsaved = writeState(stateFile, 'stories', settled.state, 'the next build decides every block of stories again')
  if (unsaved) warnings.push(unsaved)
  return settled.stories
}

/** The value read back as a StoriesState, or an error saying what in it is not one. */
export function storiesStateOf(value: unknown): StoriesState {
  const blocks = (value as { blocks?: unknown } | null)?.blocks
  if (!Array.isArray(blocks)) throw new Error('no list of blocks')
  blocks.forEach((block: unknown, k) => {
    if (!isBlockState(block)) throw new Error(`block ${k} is not a block's state`)
  })
  return { blocks: blocks as StoryBlockState[] }
}

const isCounts = (value: unknown) => Array.isArray(value) && value.every((entry) => Array.isArray(entry) && typeof entry[0] === 'string' && typeof entry[1] === 'number')

function isBlockState(value: unknown): value is StoryBlockState {
  const block = value as Partial<Record<keyof StoryBlockState, unknown>> | null
  return (
    typeof block === 'object' &&
    block !== null &&
    typeof block.block === 'string' &&
    typeof block.digest === 'string' &&
    typeof block.documents === 'number' &&
    isCounts(block.terms) &&
    isCounts(block.entities) &&
    Array.isArray(block.stories) &&
    block.stories.every((s: Partial<Story> | null) => typeof s?.id === 'string' && typeof s.dateStart === 'string' && Array.isArray(s.articles))
  )
}
