/** Every evaluator `npm run eval` knows, in the order their tables print. */
import { entitiesEvaluator } from './entities.ts'
import { extractionEvaluator } from './extraction.ts'
import { feedsEvaluator } from './feeds.ts'
import { storiesEvaluator } from './stories.ts'
import { highlightsEvaluator, summariesEvaluator } from './summaries.ts'
import { topicsEvaluator } from './topics.ts'
import type { Evaluator } from './types.ts'

export const evaluators: Evaluator[] = [extractionEvaluator, topicsEvaluator, summariesEvaluator, highlightsEvaluator, entitiesEvaluator, storiesEvaluator, feedsEvaluator]
