/** Every evaluator `npm run eval` knows, in the order their tables print. */
import { extractionEvaluator } from './extraction.ts'
import { storiesEvaluator } from './stories.ts'
import type { Evaluator } from './types.ts'

export const evaluators: Evaluator[] = [extractionEvaluator, storiesEvaluator]
