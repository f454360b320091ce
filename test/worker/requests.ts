/**
 * Hostile and careless requests, as fast-check arbitraries (issue 13): paths
 * near and far from the routes, queries (repeated, mixed-case, percent-encoded
 * garbage, unknown names, every parameter at and past its bounds, dates with
 * every offset and calendar edge, huge), methods and conditional headers.
 * Values come from the fixture catalog's ids and slugs and from the
 * parameters' documented bounds, written here by hand.
 */
import fc from 'fast-check'

export const TOPICS = ['world', 'economy', 'science', 'sport']
const ARTICLES = ['0a0000000001', '0a0000000003', '0a0000000005']
const STORIES = ['st0000000001', 'st0000000002']
const NAMES = ['topic', 'exclude', 'q', 'since', 'until', 'limit', 'cursor', 'fields', 'theme', 'summary', 'compact']

/**
 * A string's UTF-16 code units percent-encoded as bytes, lone surrogates
 * included (as the three bytes WTF-8 gives them, which are not UTF-8:
 * encodeURIComponent would throw instead).
 */
export function percentEncode(text: string): string {
  let out = ''
  for (const char of text) {
    const unit = char.charCodeAt(0)
    if (char.length === 1 && unit >= 0xd800 && unit <= 0xdfff) {
      out += [0xe0 | (unit >> 12), 0x80 | ((unit >> 6) & 0x3f), 0x80 | (unit & 0x3f)].map((b) => `%${b.toString(16).toUpperCase()}`).join('')
    } else out += encodeURIComponent(char)
  }
  return out
}

/** Each letter in either case: `LiMiT`. */
const mixedCase = (word: string) =>
  fc.array(fc.boolean(), { minLength: word.length, maxLength: word.length }).map((upper) => [...word].map((ch, i) => (upper[i] ? ch.toUpperCase() : ch)).join(''))

/** Percent-signs that decode to nothing valid: a bare %, a non-hex escape, an overlong "/", a truncated sequence, a NUL. */
const GARBAGE = ['%', '%%', '%G1', '%zz', '%C0%AF', '%E2%82', '%FF%FE', '%00', '%0A', '%ED%A0%80']

/** A value as a client might send it: encoded, with spaces as "+", or with garbage spliced in. */
const sent = (value: fc.Arbitrary<string>): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 4, arbitrary: value.map(percentEncode) },
    { weight: 1, arbitrary: value.map((v) => percentEncode(v).replace(/%20/g, '+')) },
    { weight: 1, arbitrary: fc.tuple(value, fc.constantFrom(...GARBAGE), fc.nat()).map(([v, g, at]) => {
      const encoded = percentEncode(v)
      const i = encoded.length === 0 ? 0 : at % (encoded.length + 1)
      return encoded.slice(0, i) + g + encoded.slice(i)
    }) },
  )

const pad = (n: number, width: number) => String(n).padStart(width, '0')

/** Days at every edge of the calendar: month and day 0 and past the end, 29 February of leap and common years, years 0000 and 9999. */
const day = fc
  .record({
    y: fc.oneof(fc.constantFrom(0, 1, 1900, 1970, 2000, 2023, 2024, 9999), fc.integer({ min: 0, max: 9999 })),
    m: fc.oneof(fc.constantFrom(1, 2, 4, 12), fc.integer({ min: 0, max: 13 })),
    d: fc.oneof(fc.constantFrom(1, 28, 29, 30, 31), fc.integer({ min: 0, max: 32 })),
  })
  .map(({ y, m, d }) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`)

/** Every offset: Z, z, and ±hh[:]mm with hours and minutes in and out of range (±23:59 is the last valid). */
const offset = fc.oneof(
  fc.constantFrom('Z', 'z', '+00:00', '-00:00', '+23:59', '-23:59', '+24:00', '-24:00', '+23:60', '+99:99', '+14:00', '-12:00', '+0530'),
  fc
    .record({ sign: fc.constantFrom('+', '-'), h: fc.integer({ min: 0, max: 99 }), m: fc.integer({ min: 0, max: 99 }), colon: fc.boolean() })
    .map(({ sign, h, m, colon }) => `${sign}${pad(h, 2)}${colon ? ':' : ''}${pad(m, 2)}`),
)

const dateTime = fc
  .record({
    day,
    sep: fc.constantFrom('T', 't', ' '),
    h: fc.integer({ min: 0, max: 25 }),
    mi: fc.integer({ min: 0, max: 61 }),
    s: fc.option(fc.integer({ min: 0, max: 61 })),
    frac: fc.option(fc.constantFrom('.5', '.999', '.000000001')),
    offset,
  })
  .map(({ day, sep, h, mi, s, frac, offset }) => `${day}${sep}${pad(h, 2)}:${pad(mi, 2)}${s === null ? '' : `:${pad(s, 2)}${frac ?? ''}`}${offset}`)

const date = fc.oneof(
  { weight: 2, arbitrary: day },
  { weight: 4, arbitrary: dateTime },
  { weight: 1, arbitrary: fc.constantFrom('9999-12-31T23:59:59-01:00', '0000-01-01T00:30:00+01:00', '+010000-01-01T00:59Z', 'yesterday', '2024-11-10T09:30:00', '') },
)

const slug = fc.oneof(fc.constantFrom(...TOPICS).chain(mixedCase), fc.constantFrom('weather', 'world-', '-', 'a b', '<b>'))
const topicList = fc.tuple(fc.array(slug, { maxLength: 5 }), fc.constantFrom(',', ', ', ' ,')).map(([s, comma]) => s.join(comma))

const cursor = fc.oneof(
  fc.tuple(date, fc.oneof(fc.constantFrom(...ARTICLES, ...STORIES), fc.string({ maxLength: 70 }))).map(([d, id]) => btoa(unescape(encodeURIComponent(`${d}|${id}`)))),
  fc.constantFrom(btoa('9999-99-99T99:99:99Z|zzzz'), 'MjAyNC0xMS0xMlQwMDowMDowMFp8MGEwMDAwMDAwMDAy', 'abc', '====', '-_-_'),
  fc.base64String({ maxLength: 80 }),
)

const limit = fc.oneof(
  fc.integer({ min: -2, max: 102 }).map(String),
  fc.constantFrom('0', '1', '100', '101', '020', '1e2', ' 5', '5.0', 'ten', '99999', '-0', '0x10', '٣'),
)

const FIELDS = ['id', 'title', 'summary', 'url', 'date_published', 'date_end', 'articles', 'nope', 'ID', '']
const fields = fc.array(fc.constantFrom(...FIELDS), { maxLength: 5 }).map((f) => f.join(','))

/** Words, emoji, lone surrogates, controls, markup, right-to-left overrides: anything a search box receives. */
const search = fc.oneof(
  fc.constantFrom('troops', 'Zürich café', 'north korea', '😀', '😀🚀', '\uD800', '\uDFFF', '\u202E', '<script>alert(1)</script>', '(a|b)*', 'a', '   ', '!!!'),
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.array(fc.constantFrom('troops', 'border', 'x', 'z', 'Élite'), { maxLength: 10 }).map((w) => w.join(' ')),
)

const VALUES: Record<string, fc.Arbitrary<string>> = {
  topic: topicList,
  exclude: topicList,
  q: search,
  since: date,
  until: date,
  limit,
  cursor,
  fields,
  theme: fc.constantFrom('auto', 'light', 'dark', 'DARK', 'blue', ''),
  summary: fc.constantFrom('0', '1', '2', 'true', ''),
  compact: fc.constantFrom('0', '1', '-1', 'yes', ''),
}

/** One `name=value` pair: a known name in any case with a value for it (or for another), or an unknown name. */
const pair: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.constantFrom(...NAMES).chain((name) =>
      fc.tuple(fc.oneof({ weight: 4, arbitrary: fc.constant(name) }, { weight: 1, arbitrary: mixedCase(name) }), sent(VALUES[name]!)).map(([n, v]) => `${n}=${v}`),
    ),
  },
  { weight: 1, arbitrary: fc.tuple(sent(fc.string({ maxLength: 8 })), sent(fc.string({ maxLength: 8 }))).map(([n, v]) => `${n}=${v}`) },
  { weight: 1, arbitrary: fc.constantFrom('', '=', 'limit', 'limit=', '=5', '&', 'q==', 'topic=world=world', '%3Cscript%3E=1', 'topic=%3Cimg%20src=x%20onerror=alert(1)%3E') },
)

/** A query without "?": usually a few pairs, sometimes many, sometimes past the length limit. */
export const query: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.constant('') },
  { weight: 24, arbitrary: fc.array(pair, { minLength: 1, maxLength: 4 }).map((p) => p.join('&')) },
  { weight: 1, arbitrary: fc.array(pair, { minLength: 28, maxLength: 40 }).map((p) => p.join('&')) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.integer({ min: 1990, max: 2100 }), fc.array(pair, { maxLength: 3 }))
      .map(([n, rest]) => [`q=${'word'.repeat(Math.ceil(n / 4)).slice(0, n)}`, ...rest].join('&')),
  },
)

/** A route's path with its placeholders filled by fixture values, other values, mixed case or garbage. */
const ROUTE_PATHS = [
  '/feed.xml', '/atom.xml', '/feed.json', '/topics/{slug}/feed.xml', '/topics/{slug}/atom.xml', '/topics/{slug}/feed.json',
  '/stories/feed.xml', '/stories/atom.xml', '/stories/feed.json', '/opml.xml', '/feed.xsl', '/api', '/openapi.json', '/docs',
  '/api/articles', '/api/articles/{article}', '/api/stories', '/api/stories/{story}', '/api/topics', '/healthz', '/',
  '/topics/{slug}', '/articles/{article}', '/stories', '/stories/{story}', '/embed', '/topics/{slug}/embed', '/widget.js',
  '/favicon.ico', '/icon.svg', '/icon.png', '/logo.png', '/robots.txt',
]

const segment = fc.oneof(fc.string({ maxLength: 10 }).map(percentEncode), fc.constantFrom(...GARBAGE), fc.constantFrom('<script>', '%3Cimg%20src=x%20onerror=alert(1)%3E', '..', '.', 'api', 'topics'))

const routePath = fc
  .tuple(
    fc.constantFrom(...ROUTE_PATHS),
    fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...TOPICS).chain(mixedCase) }, { weight: 1, arbitrary: segment }),
    fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...ARTICLES) }, { weight: 1, arbitrary: segment }),
    fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...STORIES) }, { weight: 1, arbitrary: segment }),
    fc.oneof({ weight: 8, arbitrary: fc.constant('') }, { weight: 1, arbitrary: fc.constantFrom('/', '//') }),
  )
  .map(([path, slug, article, story, tail]) => path.replace('{slug}', slug).replace('{article}', article).replace('{story}', story) + tail)

export const path: fc.Arbitrary<string> = fc.oneof(
  { weight: 16, arbitrary: routePath },
  { weight: 2, arbitrary: fc.array(segment, { minLength: 1, maxLength: 4 }).map((s) => `/${s.join('/')}`) },
  { weight: 1, arbitrary: fc.integer({ min: 1000, max: 1100 }).map((n) => `/api/${'a'.repeat(n)}`) },
)

/** Conditional and content headers as clients (and fuzzers) send them. */
export const headers: fc.Arbitrary<Record<string, string>> = fc.record(
  {
    'If-None-Match': fc.oneof(
      fc.constantFrom('*', '""', 'W/"x"', '"a", "b"', 'garbage', ',,,', 'W/*'),
      fc.array(fc.base64String({ minLength: 24, maxLength: 24 }).map((t) => `"${t}"`), { maxLength: 50 }).map((l) => l.join(', ')),
    ),
    'If-Modified-Since': fc.constantFrom('Thu, 14 Nov 2024 08:00:00 GMT', 'Mon, 01 Jan 1900 00:00:00 GMT', 'Fri, 31 Dec 9999 23:59:59 GMT', 'yesterday', '0', '-1', 'Thu, 99 Nov 2024 99:00:00 GMT'),
    Accept: fc.constantFrom('*/*', 'text/html', 'text/html;q=0', 'text/html;q=0.000', 'application/xml;q=0.9,*/*;q=0.8', 'image/*', ';;;', 'text/html; charset=utf-8, */*'),
    Origin: fc.constantFrom('https://dash.example', 'null', 'http://gazette.test'),
  },
  { requiredKeys: [] },
)

export const method = fc.oneof(
  { weight: 8, arbitrary: fc.constant('GET') },
  { weight: 3, arbitrary: fc.constant('HEAD') },
  { weight: 2, arbitrary: fc.constantFrom('POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS') },
)
