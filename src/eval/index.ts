/** Every evaluator `npm run eval` knows, in the order their tables print. */
import type { Evaluator } from './types.ts'

export const evaluators: Evaluator[] = []
