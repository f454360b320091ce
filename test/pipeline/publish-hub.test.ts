/**
 * `npm run publish-hub` against a WebSub hub fixture on loopback: which feeds
 * changed between two builds' manifests, the form-encoded publish requests,
 * retries with backoff, and giving up.
 */
import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AnswerManifest } from '../../src/served/answers.ts'
import { changedFeeds } from '../../src/cli/websub.ts'

const kept = (type: string, digest: string) => ({ file: 'catalog/answers/0.txt', type, lastModified: '2024-11-14T08:00:00Z', digest, fills: [] })
const PREVIOUS: AnswerManifest = {
  '/feed.xml': kept('application/rss+xml', 'a1'),
  '/atom.xml': kept('application/atom+xml', 'a2'),
  '/feed.json': kept('application/feed+json', 'a3'),
  '/topics/world/feed.xml': kept('application/rss+xml', 'w1'),
  '/': kept('text/html', 'h1'),
}
const CURRENT: AnswerManifest = {
  ...PREVIOUS,
  '/feed.xml': kept('application/rss+xml', 'b1'), // changed
  '/feed.json': kept('application/feed+json', 'b3'), // changed
  '/topics/science/feed.xml': kept('application/rss+xml', 's1'), // new topic
  '/': kept('text/html', 'h2'), // a page: never published
}

describe('changedFeeds', () => {
  it.each<[string, AnswerManifest | null, string[]]>([
    ['changed and new feeds, never pages', PREVIOUS, ['/feed.json', '/feed.xml', '/topics/science/feed.xml']],
    ['nothing changed', CURRENT, []],
    ['no previous build: every feed', null, ['/atom.xml', '/feed.json', '/feed.xml', '/topics/science/feed.xml', '/topics/world/feed.xml']],
    // A topic left with no articles keeps no answer: its feed is now empty, a change to publish.
    ['a feed no longer kept', { ...CURRENT, '/topics/sport/atom.xml': kept('application/atom+xml', 'p1'), '/topics/sport': kept('text/html', 'p2') }, ['/topics/sport/atom.xml']],
  ])('%s', (_, previous, expected) => {
    expect(changedFeeds(previous, CURRENT)).toEqual(expected)
  })
})

interface Ping {
  type: string | undefined
  body: string
}

/** A hub on 127.0.0.1 that records every publish ping and answers what `answer` says. */
let hub: Server
let hubUrl = ''
const pings: Ping[] = []
let answer: (body: string, count: number) => number = () => 204

beforeAll(async () => {
  hub = createServer((req, res) => {
    let body = ''
    req.on('data', (chunk) => (body += chunk))
    req.on('end', () => {
      pings.push({ type: req.headers['content-type'], body })
      res.writeHead(req.method === 'POST' ? answer(body, pings.filter((p) => p.body === body).length) : 405).end()
    })
  })
  await new Promise<void>((done) => hub.listen(0, '127.0.0.1', done))
  hubUrl = `http://127.0.0.1:${(hub.address() as AddressInfo).port}/`
})

afterAll(() => new Promise<void>((done) => hub.close(() => done())))

const TSX = resolve('node_modules/.bin/tsx')
const CLI = resolve('src/cli/publish-hub.ts')

/** A build folder with a current manifest and the previous one beside it, and a wrangler.toml. */
function workspace(vars: string): { dir: string; out: string } {
  const dir = mkdtempSync(join(tmpdir(), 'gazette-hub-'))
  mkdirSync(join(dir, 'dist/site/catalog'), { recursive: true })
  writeFileSync(join(dir, 'dist/site/catalog/answers.json'), JSON.stringify(CURRENT))
  writeFileSync(join(dir, 'dist/answers.previous.json'), JSON.stringify(PREVIOUS))
  writeFileSync(join(dir, 'wrangler.toml'), `name = "gazette"\n\n[vars]\n${vars}\n\n[assets]\ndirectory = "./dist/site"\n`)
  return { dir, out: join(dir, 'dist/site') }
}

/** The CLI in a child process, asynchronously: the hub answers from this process meanwhile. */
function run(cwd: string, args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(TSX, [CLI, ...args], { cwd })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (c) => (stdout += c))
    child.stderr.on('data', (c) => (stderr += c))
    child.on('close', (status) => done({ status, stdout, stderr }))
  })
}

const publish = (topic: string) => `hub.mode=publish&hub.url=${encodeURIComponent(topic)}`

describe('npm run publish-hub', () => {
  it('pings the hub from wrangler.toml once per changed feed, form-encoded, retrying a 503', async () => {
    pings.length = 0
    // The all-articles RSS feed fails once, then is accepted.
    answer = (body, count) => (body.includes('%2Ffeed.xml') && !body.includes('topics') && count === 1 ? 503 : 204)
    const { dir } = workspace(`SITE_URL = "https://news.example.org"\nWEBSUB_HUB = "${hubUrl}"`)
    const result = await run(dir, ['--backoff', '10'])
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    expect(pings.map((p) => p.body)).toEqual([
      publish('https://news.example.org/feed.json'),
      publish('https://news.example.org/feed.xml'),
      publish('https://news.example.org/feed.xml'),
      publish('https://news.example.org/topics/science/feed.xml'),
    ])
    expect(new Set(pings.map((p) => p.type))).toEqual(new Set(['application/x-www-form-urlencoded']))
    expect(result.stdout).toContain('3 feed(s) changed since')
    expect(result.stdout).toContain('failed https://news.example.org/feed.xml (503, attempt 1 of 3)')
    expect(result.stdout).toContain('published https://news.example.org/feed.xml (204, attempt 2 of 3)')
  })

  it('gives up on a feed after its attempts and exits 1; a 4xx is not retried', async () => {
    pings.length = 0
    answer = (body) => (body.includes('feed.json') ? 400 : 500)
    const { dir } = workspace(`WEBSUB_HUB = "${hubUrl}"`)
    const result = await run(dir, ['--site', 'https://news.example.org/', '--attempts', '2', '--backoff', '5'])
    expect(result.status).toBe(1)
    expect(pings.filter((p) => p.body.includes('feed.json'))).toHaveLength(1)
    expect(pings.filter((p) => p.body === publish('https://news.example.org/feed.xml'))).toHaveLength(2)
    expect(result.stderr).toContain('3 of 3 feed(s) not published')
  })

  it('with --previous naming the same build, publishes nothing', async () => {
    pings.length = 0
    answer = () => 204
    const { dir, out } = workspace(`SITE_URL = "https://news.example.org"\nWEBSUB_HUB = "${hubUrl}"`)
    const result = await run(dir, ['--previous', out])
    expect(result.status).toBe(0)
    expect(result.stdout).toContain('0 feed(s) changed')
    expect(pings).toEqual([])
  })

  it('does nothing without a hub, and refuses to guess the site URL', async () => {
    const none = workspace('SITE_URL = "https://news.example.org"')
    const quiet = await run(none.dir, [])
    expect(quiet.status).toBe(0)
    expect(quiet.stdout).toContain('no WEBSUB_HUB configured')
    const noSite = workspace(`WEBSUB_HUB = "${hubUrl}"`)
    const refused = await run(noSite.dir, [])
    expect(refused.status).toBe(2)
    expect(refused.stderr).toContain('set SITE_URL in wrangler.toml [vars] or pass --site')
  })
})

describe('npm run publish-hub, a hub that does not answer', () => {
  it('abandons a request after --timeout and retries it', async () => {
    const silent = createServer(() => {}) // never answers
    await new Promise<void>((done) => silent.listen(0, '127.0.0.1', done))
    const { dir } = workspace(`SITE_URL = "https://news.example.org"\nWEBSUB_HUB = "http://127.0.0.1:${(silent.address() as AddressInfo).port}/"`)
    const result = await run(dir, ['--timeout', '200', '--attempts', '2', '--backoff', '0'])
    silent.closeAllConnections()
    silent.close()
    expect(result.status).toBe(1)
    expect(result.stdout).toContain('failed https://news.example.org/feed.json (timed out, attempt 2 of 2)')
  })
})
