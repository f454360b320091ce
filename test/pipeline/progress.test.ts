import { describe, expect, it } from 'vitest'
import { progressReporter } from '../../src/cli/progress.ts'

/** A stand-in for process.stderr that records what was written; `isTTY` says which kind of stream it plays. */
function stream(isTTY: boolean) {
  const writes: string[] = []
  return { writes, stream: { isTTY, write: (s: string) => writes.push(s) } as unknown as NodeJS.WriteStream }
}

describe('progressReporter', () => {
  it('logs a stage’s start and end in a CI log, never stopping part-way', () => {
    const { writes, stream: s } = stream(false)
    const report = progressReporter(s, false)
    for (let done = 1; done <= 5; done++) report('clean', done, 5)
    report('topics', 0, 2)
    report('topics', 1, 2)
    report('topics', 2, 2)
    expect(writes).toEqual(['[clean] 1/5\n', '[clean] 5/5\n', '[topics] 0/2\n', '[topics] 2/2\n'])
  })

  it('logs every tenth of a long stage once', () => {
    const { writes, stream: s } = stream(false)
    const report = progressReporter(s, false)
    for (let done = 1; done <= 200; done++) report('clean', done, 200)
    expect(writes).toEqual([1, 20, 40, 60, 80, 100, 120, 140, 160, 180, 200].map((n) => `[clean] ${n}/200\n`))
  })

  it('rewrites one line on a terminal and ends it when the stage is done', () => {
    const { writes, stream: s } = stream(true)
    const report = progressReporter(s, false)
    report('emit', 1, 2)
    report('emit', 2, 2)
    expect(writes).toEqual(['\r\x1b[K[emit] 1/2', '\r\x1b[K[emit] 2/2\n'])
  })

  it('says nothing when quiet', () => {
    const { writes, stream: s } = stream(false)
    progressReporter(s, true)('clean', 1, 1)
    expect(writes).toEqual([])
  })
})
