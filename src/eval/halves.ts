/**
 * Fixed halves of a development set, so a change is made while looking at one
 * half and accepted only when the other half improves too (the held-out data
 * the project is judged on is of the same kinds, not the same items). An
 * item's half is a function of its id alone (FNV-1a, 32 bits, lowest bit):
 * stable across runs, machines and added items, and blind to the content.
 */
import { hashString } from '../fnv.ts'

export type Half = 'A' | 'B'

export function halfOf(id: string): Half {
  return (hashString(id) & 1) === 0 ? 'A' : 'B'
}

/** `items` split by `halfOf(idOf(item))`, each half in the input's order. */
export function splitHalves<T>(items: T[], idOf: (item: T) => string): Record<Half, T[]> {
  const halves: Record<Half, T[]> = { A: [], B: [] }
  for (const item of items) halves[halfOf(idOf(item))].push(item)
  return halves
}
