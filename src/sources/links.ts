/**
 * Links as Gazette shows them: without the parameters that only track who
 * clicked (campaign tags, click ids, mailing-list ids). The list is the one
 * privacy-minded readers and browsers strip (Firefox's query stripping,
 * Miniflux's `RemoveTrackingParameters`); the rest of the query stays, since
 * it may pick the article.
 */

/** Parameters removed by exact (lower-cased) name. */
const TRACKING = new Set([
  'fbclid', 'gclid', 'dclid', 'gbraid', 'wbraid', 'msclkid', 'yclid', 'twclid', 'ttclid', 'igshid', 'li_fat_id',
  'mc_cid', 'mc_eid', '_hsenc', '_hsmi', 'mkt_tok', 'oly_anon_id', 'oly_enc_id', 'vero_id', 'vero_conv', 'wickedid',
  '__s', 'rb_clickid', 's_cid', 'ga_source', 'ga_medium', 'ga_campaign', 'ga_content', 'ga_term',
])
/** Parameters removed by prefix: Google Analytics' `utm_*` and Matomo's `mtm_*`/`pk_*` campaign tags. */
const TRACKING_PREFIXES = ['utm_', 'mtm_', 'pk_']

export function stripTracking(url: string): string {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return url
  }
  const names = [...new Set([...parsed.searchParams.keys()])]
  const tracking = names.filter((name) => {
    const lower = name.toLowerCase()
    return TRACKING.has(lower) || TRACKING_PREFIXES.some((p) => lower.startsWith(p))
  })
  if (tracking.length === 0) return url
  for (const name of tracking) parsed.searchParams.delete(name)
  // `?` with nothing after it is no part of an address.
  return parsed.href.replace(/\?(?=#|$)/, '')
}
