/**
 * Nothing lost: a seeds folder holding every kind of bad seed a careless
 * curator (or a broken copy) leaves behind, beside a few good ones, built by
 * the real CLI. Every seed path ends up either in the catalog or in the
 * build report's rejected list, with a reason a curator can act on.
 */
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Rejection } from '../../src/model.ts'
import { readServedDir } from '../../src/served/from-disk.ts'
import { runBuild } from '../build-cli.ts'


const TOPICS = {
  topics: [
    { slug: 'rivers', title: 'Rivers', description: 'Rivers, floods and the people who live by them.', keywords: ['river', 'flood', 'ferry'] },
    { slug: 'schools', title: 'Schools', description: 'Schools, teachers and pupils.', keywords: ['school', 'teacher', 'pupils'] },
  ],
}

const paragraphs = (...lines: string[]) => lines.join('\n\n') + '\n'

const FERRY = paragraphs(
  'The old chain ferry across the Wend river carried its last passengers on Sunday after ninety years of service.',
  'Council engineers said the hull had rusted beyond repair and that a footbridge would open upstream next spring.',
  'Regular passengers gathered on the slipway to thank the two ferry crew, who between them worked the crossing for forty years.',
  'Until the bridge opens, a minibus will take foot passengers on a twelve-mile detour through the market town.',
)
const SCHOOL = paragraphs(
  'Pupils at Hollin Lane primary school will learn to swim in the town baths again after the pool reopened on Monday.',
  'The head teacher said more than half of the school’s eleven-year-olds could not swim twenty-five metres last summer.',
  'Lessons will run every Wednesday morning, and the council has agreed to pay for the coach that takes classes there.',
  'Parents had collected signatures for a year to ask for the pool to reopen after its roof was repaired.',
)
const FLOOD = paragraphs(
  'Residents of the lower town spent Friday clearing mud from their homes after the river burst its banks overnight.',
  'The water rose almost two metres in six hours, the highest flood level recorded at the old mill gauge since 1968.',
  'Volunteers from the rowing club used their boats to carry elderly neighbours to the church hall, which stayed dry.',
  'The environment agency said it would review the flood defences built along the embankment eleven years ago.',
)
/** The same article, saved as Windows-1252: curly quotes as bytes 0x93 and 0x94. */
const FLOOD_1252 = Buffer.from(FLOOD.replace('burst its banks', '\u0093burst its banks\u0094'), 'latin1')

/** 5,000 bytes of prose: over a 4 KiB limit. */
const OVERSIZE = (FERRY.replace(/Wend/g, 'Ouse') + '\n').repeat(20).slice(0, 5000)

/**
 * Wire copy in capitals only: no line has the lower-case words of prose, so
 * the rules recognise no article and the cleaner falls back to the best prose
 * region. (A live blog was this example until clock times were read as its
 * entries' stamps.)
 */
const WIRE = [
  'Home', 'Wire',
  'FERRY SERVICE TO END AFTER NINETY YEARS',
  'THE OLD CHAIN FERRY ACROSS THE RIVER CARRIED ITS LAST PASSENGERS ON SUNDAY AFTER NINETY YEARS.',
  'ENGINEERS SAID THE HULL HAD RUSTED BEYOND REPAIR AND A FOOTBRIDGE WOULD OPEN NEXT SPRING.',
  'Share this',
].join('\n')

/** Menus, share bars and a cookie notice: page furniture with no article in it. */
const FURNITURE = ['Home', 'News', 'Sport', 'Weather', 'Sign in', 'Subscribe', 'Share this', 'Most read', 'Accept cookies', '© 2025 Example Media'].join('\n')

interface Seed {
  path: string
  /** Where the build must put it: the catalog, or the rejected list with a reason matching this. */
  expect: 'article' | RegExp
}

const SEEDS: Seed[] = [
  { path: 'ferry.txt', expect: 'article' },
  { path: 'news/school.txt', expect: 'article' },
  { path: 'flood-1252.txt', expect: 'article' },
  { path: 'empty.txt', expect: /^empty file \(no text\)$/ },
  { path: 'blank.txt', expect: /^empty file \(no text\)$/ },
  { path: 'photo.txt', expect: /^binary file \(contains NUL bytes\), not text$/ },
  { path: 'oversize.txt', expect: /^too large: 4\.9 KiB \(5,000 bytes\), over the limit of 4 KiB \(4,096 bytes\) per seed \(raise it with --max-seed-bytes\)$/ },
  { path: 'wire.txt', expect: 'article' },
  { path: 'menu-only.txt', expect: /^no article text found after removing page furniture$/ },
  { path: 'linked.txt', expect: 'article' },
  { path: 'dangling.txt', expect: /^dangling link \(its target "gone\.txt" does not exist\)$/ },
  { path: 'self-loop.txt', expect: /^link loop / },
  { path: 'loop-a.txt', expect: /^link loop / },
  { path: 'loop-b.txt', expect: /^link loop / },
  { path: 'to-folder.txt', expect: /^link to a folder, not a file \(linked folders are not followed\)$/ },
  { path: 'archive', expect: /^link to a folder, not a file \(linked folders are not followed\)$/ },
  { path: 'folder.txt', expect: /^a folder, not a file \(the seeds inside it are read as usual\)$/ },
  { path: 'folder.txt/inside.txt', expect: 'article' },
]
const LOCKED: Seed = { path: 'locked.txt', expect: /^cannot be read \(permission denied\)$/ }

function writeCorpus(root: string): { seeds: string; lockedReadable: boolean } {
  const seeds = join(root, 'seeds')
  const outside = join(root, 'elsewhere')
  mkdirSync(join(seeds, 'news'), { recursive: true })
  mkdirSync(join(seeds, 'folder.txt'), { recursive: true })
  mkdirSync(outside)
  writeFileSync(join(seeds, 'topics.json'), JSON.stringify(TOPICS))
  writeFileSync(join(seeds, 'ferry.txt'), FERRY)
  writeFileSync(join(seeds, 'news/school.txt'), SCHOOL)
  writeFileSync(join(seeds, 'flood-1252.txt'), FLOOD_1252)
  writeFileSync(join(seeds, 'empty.txt'), '')
  writeFileSync(join(seeds, 'blank.txt'), ' \n\t\n')
  writeFileSync(join(seeds, 'photo.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]))
  writeFileSync(join(seeds, 'oversize.txt'), OVERSIZE)
  writeFileSync(join(seeds, 'menu-only.txt'), FURNITURE)
  writeFileSync(join(seeds, 'wire.txt'), WIRE)
  // The linked article lives outside the seeds folder, reached only through the link.
  writeFileSync(join(outside, 'bridge.txt'), FERRY.replace(/chain ferry/g, 'rope bridge').replace(/Wend/g, 'Tarn').replace(/ferry crew/g, 'bridge keepers'))
  symlinkSync(join(outside, 'bridge.txt'), join(seeds, 'linked.txt'))
  symlinkSync('gone.txt', join(seeds, 'dangling.txt'))
  symlinkSync('self-loop.txt', join(seeds, 'self-loop.txt'))
  symlinkSync('loop-b.txt', join(seeds, 'loop-a.txt'))
  symlinkSync('loop-a.txt', join(seeds, 'loop-b.txt'))
  symlinkSync(outside, join(seeds, 'to-folder.txt'))
  symlinkSync(outside, join(seeds, 'archive'))
  writeFileSync(join(seeds, 'folder.txt/inside.txt'), SCHOOL.replace(/swim/g, 'row').replace(/pool/g, 'boathouse').replace(/Hollin Lane/g, 'Marsh End'))
  writeFileSync(join(seeds, 'locked.txt'), FLOOD)
  chmodSync(join(seeds, 'locked.txt'), 0o000)
  let lockedReadable = true
  try {
    readFileSync(join(seeds, 'locked.txt'))
  } catch {
    lockedReadable = false
  }
  return { seeds, lockedReadable }
}

describe('every seed is in the catalog or rejected with its reason', () => {
  const root = mkdtempSync(join(tmpdir(), 'gazette-lost-'))
  const { seeds, lockedReadable } = writeCorpus(root)
  const out = join(root, 'dist/site')
  let run: { status: number | null; stdout: string; stderr: string }
  let articleSeeds: Set<string>
  let rejected: Map<string, string>

  beforeAll(() => {
    run = runBuild(['--seeds', seeds, '--out', out, '--quiet', '--keep-going', '--no-cache', '--max-seed-bytes', '4KiB'])
    const { articles } = readServedDir(out)
    articleSeeds = new Set(articles.flatMap((a) => [a.seed, ...a.duplicates]))
    const report = JSON.parse(readFileSync(join(root, 'dist/report.json'), 'utf8')) as { rejected: Rejection[] }
    rejected = new Map(report.rejected.map((r) => [r.seed, r.reason]))
  }, 180_000)

  it('builds with --keep-going and prints each rejected seed in the report', () => {
    expect(run.status, run.stderr).toBe(0)
    const rejectedCount = SEEDS.filter((s) => s.expect !== 'article').length + (lockedReadable ? 0 : 1)
    expect(run.stdout).toContain(`, ${rejectedCount} rejected,`)
    expect(run.stdout).toContain('  dangling.txt: dangling link (its target "gone.txt" does not exist)\n')
  })

  it.each(SEEDS)('$path', ({ path, expect: where }) => {
    if (where === 'article') {
      expect(articleSeeds.has(path), `${path}: rejected as ${rejected.get(path)}`).toBe(true)
      expect(rejected.has(path)).toBe(false)
    } else {
      expect(articleSeeds.has(path)).toBe(false)
      expect(rejected.get(path)).toMatch(where)
    }
  })

  // Root (and CAP_DAC_OVERRIDE) reads a file whatever its mode, so the case cannot be made there.
  it.skipIf(lockedReadable)('locked.txt (chmod 000; skipped when the tests run as root, which reads it anyway)', () => {
    expect(articleSeeds.has(LOCKED.path)).toBe(false)
    expect(rejected.get(LOCKED.path)).toMatch(LOCKED.expect as RegExp)
  })

  it('a seed in Windows-1252 is read with a warning, not lost', () => {
    const report = JSON.parse(readFileSync(join(root, 'dist/report.json'), 'utf8')) as { warnings: string[] }
    expect(report.warnings).toContain('flood-1252.txt: not valid UTF-8; decoded as Windows-1252')
  })

  it('a page with no recognised article keeps its best prose region, with a warning in both reports', () => {
    const warning = 'wire.txt: kept the best prose region: no article body recognised'
    const report = JSON.parse(readFileSync(join(root, 'dist/report.json'), 'utf8')) as { warnings: string[] }
    expect(report.warnings).toContain(warning)
    expect(run.stdout).toContain(`  ${warning}\n`)
    const wire = readServedDir(out).articles.find((a) => a.seed === 'wire.txt')!
    expect(wire.body.map((b) => b.text)).toEqual(WIRE.split('\n').filter((line) => line.endsWith('YEARS.') || line.endsWith('SPRING.')))
  })

  it('accounts for every path written, and nothing else', () => {
    const written = [...SEEDS.map((s) => s.path), ...(lockedReadable ? [] : [LOCKED.path])]
    const accounted = [...articleSeeds, ...rejected.keys()].filter((p) => p !== LOCKED.path || !lockedReadable)
    expect(accounted.sort()).toEqual(written.sort())
  })
})

describe('--max-seed-bytes', () => {
  it.each([['0'], ['2GiB'], ['lots'], ['3 parsecs']])('rejects %s as a usage error (exit 2)', (value) => {
    const child = runBuild(['--seeds', 'test/fixtures/seeds-basic', '--out', join(tmpdir(), 'never-written'), '--max-seed-bytes', value])
    expect(child.status).toBe(2)
    expect(child.stderr).toContain(`--max-seed-bytes must be a size from 1 byte to 256 MiB, as bytes or with KiB or MiB ("4MiB"), got "${value}"`)
  }, 60_000)
})
