/**
 * Long text: the tests a seed's lines and sentences go through give the
 * answers the plain patterns gave, without their quadratic rescans, and the
 * language toolkit reads long runs without spaces in bounded time.
 */
import { describe, expect, it } from 'vitest'
import { hasEmail, isBareEmail, isCode } from '../../src/pipeline/clean/signals.ts'
import { boilerplateReason } from '../../src/pipeline/summaries/boilerplate.ts'
import { splitSentences, words } from '../../src/text/nlp.ts'

// The patterns as they were written before: the oracle for what each test means.
const ENDS_IN_CALL = /\w+\([^)]*\);?\s*$/
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/
const ADDRESS = /\S+@\S+\.\w+/i

const LINES = [
  'doSomething();',
  'init(a, b)  ',
  'trackEvent("share", {x: 1});\t',
  'f(a)(b);',
  'a((b)',
  '(a)',
  'x ) ;',
  'The minister (who spoke on Tuesday) agreed.',
  'Call him (maybe)',
  'Results (2024)',
  'fn();;',
  ')',
  '',
  'write to jane.doe+news@example.co.uk today',
  'mail: desk@paper',
  '@handle.com',
  'a@b.c',
  'user@@host.org',
  'x@y.z.',
  'Contact: press@ministry.gov',
]

describe('rewritten patterns answer as the originals did', () => {
  it.each(LINES)('%j', (line) => {
    // isCode's other clauses are the same code before and after; only the call test changed.
    const calls = ENDS_IN_CALL.test(line) && !/\s\w+\s\w+\s/.test(line)
    if (calls) expect(isCode(line)).toBe(true)
    expect(hasEmail(line)).toBe(EMAIL.test(line))
    expect(isBareEmail(line)).toBe(new RegExp(`^(?:e-?mail:?\\s*)?${EMAIL.source}$`, 'i').test(line))
    const link = /https?:\/\/|www\./i.test(line) || ADDRESS.test(line)
    if (link) expect(boilerplateReason(line)).toBe('link')
    else expect(boilerplateReason(line)).not.toBe('link')
  })
})

describe('long runs without spaces take linear time', () => {
  // Each of these took seconds to minutes at these lengths before (quadratic or
  // worse); linear work takes a few seconds at most on a loaded machine, so a generous bound still fails
  // if the rescans come back.
  const RUNS = [
    ['letters', 'a'.repeat(200_000)],
    ['@ between letters', 'a@'.repeat(100_000)],
    ['slashes', 'a/'.repeat(100_000)],
    ['open brackets', 'a('.repeat(100_000)],
  ] as const

  it.each(RUNS)('%s', (_name, run) => {
    const started = performance.now()
    expect(isCode(run)).toBe(false)
    expect(hasEmail(run)).toBe(false)
    expect(boilerplateReason(`${run}.`)).not.toBeNull()
    expect(words(`Ferry ${run} river`).map((t) => t.normal).slice(0, 1)).toEqual(['ferry'])
    expect(splitSentences(`The ferry sank. ${run} The river rose.`)).toEqual(['The ferry sank.', run, 'The river rose.'])
    expect(performance.now() - started).toBeLessThan(20_000)
  })

  it('reads the words of Chinese text with Latin words inside, whatever the length of the run', () => {
    const run = '苹果公司发布了新的iPhone手机和MacBook电脑。'.repeat(20)
    expect(run.length).toBeGreaterThan(100)
    expect(words(run).map((t) => t.normal)).toEqual(Array.from({ length: 20 }, () => ['iphone', 'macbook']).flat())
  })
})
