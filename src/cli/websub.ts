/**
 * WebSub publishing (https://www.w3.org/TR/websub/), for `npm run
 * publish-hub`: which feeds the last build changed, and telling the hub.
 *
 * WebSub §6 Publishing: "The publisher MUST inform the hubs it previously
 * designated when a topic has been updated. The hub and the publisher can
 * agree on any mechanism, as long as the hub is eventually able send the
 * updated payload to the subscribers." The mechanism public hubs accept is
 * PubSubHubbub 0.3 §7.1's: "a POST request to the hub URL ... with a
 * Content-Type of application/x-www-form-urlencoded" and the parameters
 * "hub.mode REQUIRED. The literal string "publish"" and "hub.url REQUIRED.
 * The topic URL of the topic that has been updated"; "The hub MUST return
 * 204 No Content if the publish notification was accepted" (any 2xx is
 * taken as accepted here).
 */
import type { AnswerManifest } from '../served/answers.ts'
import { FEED_TYPES } from '../worker/routes.ts'

/** Where the build keeps the manifest of the site it replaces, beside the site folder. */
export const PREVIOUS_ANSWERS = 'answers.previous.json'

const FEED_MEDIA = new Set(Object.values(FEED_TYPES))

/**
 * The kept feeds (every format, all articles, stories, each topic) whose
 * content differs from the previous build's, or which it did not have, and
 * the previous build's kept feeds this one no longer keeps (a topic left with
 * no articles is not kept: its feed became empty); in path order. With no
 * previous manifest every feed counts as changed.
 */
export function changedFeeds(previous: AnswerManifest | null, current: AnswerManifest): string[] {
  const changed = Object.entries(current)
    .filter(([path, kept]) => FEED_MEDIA.has(kept.type) && previous?.[path]?.digest !== kept.digest)
    .map(([path]) => path)
  const emptied = Object.entries(previous ?? {})
    .filter(([path, kept]) => FEED_MEDIA.has(kept.type) && !(path in current))
    .map(([path]) => path)
  return [...changed, ...emptied].sort()
}

export interface PublishOptions {
  hub: string
  /** Absolute feed URLs. */
  topics: string[]
  /** Attempts per feed, the first included. */
  attempts?: number
  /** Wait before the second attempt; doubled before each further one. */
  backoffMs?: number
  /** Abandon one request after this long. */
  timeoutMs?: number
  log?: (line: string) => void
}

export interface PublishResult {
  topic: string
  ok: boolean
  attempts: number
  /** The last status, or the last error's message. */
  outcome: string
}

/** One POST per feed, in turn, each retried with exponential backoff on a network error, a timeout, 429 or 5xx. */
export async function publishToHub(o: PublishOptions): Promise<PublishResult[]> {
  const attempts = o.attempts ?? 3
  const backoff = o.backoffMs ?? 1000
  const results: PublishResult[] = []
  for (const topic of o.topics) {
    for (let n = 1; n <= attempts; n++) {
      if (n > 1) await new Promise((resolve) => setTimeout(resolve, backoff * 2 ** (n - 2)))
      const { ok, retry, outcome } = await ping(o.hub, topic, o.timeoutMs ?? 10_000)
      o.log?.(`${ok ? 'published' : 'failed'} ${topic} (${outcome}, attempt ${n} of ${attempts})`)
      if (ok || !retry || n === attempts) {
        results.push({ topic, ok, attempts: n, outcome })
        break
      }
    }
  }
  return results
}

async function ping(hub: string, topic: string, timeoutMs: number): Promise<{ ok: boolean; retry?: boolean; outcome: string }> {
  try {
    const res = await fetch(hub, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ 'hub.mode': 'publish', 'hub.url': topic }).toString(),
      signal: AbortSignal.timeout(timeoutMs),
      redirect: 'error',
    })
    await res.arrayBuffer()
    // A 4xx other than 429 is the hub refusing this topic: asking again will not change its mind.
    return { ok: res.ok, retry: res.status === 429 || res.status >= 500, outcome: String(res.status) }
  } catch (error) {
    return { ok: false, retry: true, outcome: (error as Error).name === 'TimeoutError' ? 'timed out' : (error as Error).message }
  }
}
