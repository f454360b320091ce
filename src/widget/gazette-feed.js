/**
 * <gazette-feed>: Gazette's latest articles as a list in a shadow root, for
 * pages that cannot frame /embed. Served as an ES module at /widget.js; no
 * dependencies, no build step.
 *
 *   <script type="module" src="https://news.example.org/widget.js"></script>
 *   <gazette-feed topic="world" limit="5" theme="auto" refresh="300"></gazette-feed>
 *
 * It reads `/api/articles` beside the module (or `site="…"`), asking only for
 * the fields it shows (`fields=`), and builds the list with text nodes only:
 * article text is never parsed as HTML. When the API cannot be reached it
 * says so in the list's place, once per attempt, and retries at the refresh
 * interval; a refresh sends the ETag it holds (If-None-Match), so an
 * unchanged list costs a 304.
 */
const DEFAULT_LIMIT = 5
const API_DEFAULT_LIMIT = 20
const MIN_REFRESH = 30

const CSS = `
:host{display:block;font:var(--gazette-font,15px/1.45 system-ui,sans-serif);color:var(--gazette-fg,#1d1d1f);background:var(--gazette-bg,#fff);
--_muted:var(--gazette-muted,#5f6368);--_line:var(--gazette-line,#dadce0);--_accent:var(--gazette-accent,#0b57d0);padding:var(--gazette-padding,.75rem);container-type:inline-size}
:host([theme=dark]){color:var(--gazette-fg,#e8eaed);background:var(--gazette-bg,#121212);--_muted:var(--gazette-muted,#9aa0a6);--_line:var(--gazette-line,#3c4043);--_accent:var(--gazette-accent,#8ab4f8)}
@media (prefers-color-scheme:dark){:host(:not([theme=light])){color:var(--gazette-fg,#e8eaed);background:var(--gazette-bg,#121212);--_muted:var(--gazette-muted,#9aa0a6);--_line:var(--gazette-line,#3c4043);--_accent:var(--gazette-accent,#8ab4f8)}}
:host([hidden]){display:none}
ol{list-style:none;margin:0;padding:0}
li{padding:.5rem 0;border-top:1px solid var(--_line)}
li:first-child{border-top:0;padding-top:0}
a{color:var(--_accent);font-weight:600;overflow-wrap:anywhere}
a:focus-visible{outline:3px solid var(--_accent);outline-offset:2px;border-radius:2px}
p{margin:.2rem 0 0;overflow-wrap:anywhere}
[part~=meta],[part~=status]{color:var(--_muted);font-size:.85em}
`

/** The stylesheet, adopted where the browser can (a host's CSP may forbid <style>, never an adopted sheet). */
let sheet = null
function styleInto(root) {
  if ('adoptedStyleSheets' in root && typeof CSSStyleSheet === 'function' && 'replaceSync' in CSSStyleSheet.prototype) {
    if (!sheet) {
      sheet = new CSSStyleSheet()
      sheet.replaceSync(CSS)
    }
    root.adoptedStyleSheets = [sheet]
  } else {
    const style = document.createElement('style')
    style.textContent = CSS
    root.append(style)
  }
}

/** An element with text (never markup) and a part name for styling from outside. */
function el(name, part, text) {
  const node = document.createElement(name)
  if (part) node.setAttribute('part', part)
  if (text !== undefined) node.textContent = String(text)
  return node
}

/** Only http(s) links, whatever an answer holds. */
function safeUrl(value) {
  try {
    const url = new URL(String(value))
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null
  } catch {
    return null
  }
}

const DATE = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })

/** Comma-separated slugs as the API writes them in its canonical URL: lower case, sorted, each once. */
const slugs = (value) => [...new Set(String(value || '').split(',').map((s) => s.trim().toLowerCase()).filter(Boolean))].sort().join(',')

class GazetteFeed extends HTMLElement {
  static observedAttributes = ['topic', 'exclude', 'limit', 'summary', 'site', 'refresh', 'label']

  #root = this.attachShadow({ mode: 'open' })
  #list = el('ol', 'list')
  #status = el('p', 'status')
  #etag = null
  #url = null
  #timer = 0
  #controller = null
  #loaded = false

  constructor() {
    super()
    styleInto(this.#root)
    this.#status.setAttribute('role', 'status')
    this.#root.append(this.#list, this.#status)
  }

  connectedCallback() {
    this.#load()
  }

  disconnectedCallback() {
    clearTimeout(this.#timer)
    this.#controller?.abort()
  }

  attributeChangedCallback(_name, before, after) {
    if (before !== after && this.isConnected) queueMicrotask(() => this.#load())
  }

  /** The API query, written in the API's canonical form so no redirect is needed. */
  #apiUrl() {
    const base = new URL('./', this.getAttribute('site') ? `${this.getAttribute('site').replace(/\/*$/, '')}/` : import.meta.url)
    const fields = ['date_published', 'id', 'source', 'title', 'url']
    if (this.#summary) fields.push('summary')
    const query = []
    const topic = slugs(this.getAttribute('topic'))
    const exclude = slugs(this.getAttribute('exclude'))
    if (topic) query.push(`topic=${encodeURIComponent(topic).replace(/%2C/g, ',')}`)
    if (exclude) query.push(`exclude=${encodeURIComponent(exclude).replace(/%2C/g, ',')}`)
    const limit = this.getAttribute('limit') ?? String(DEFAULT_LIMIT)
    if (limit !== String(API_DEFAULT_LIMIT)) query.push(`limit=${encodeURIComponent(limit)}`)
    query.push(`fields=${fields.sort().join(',')}`)
    return new URL(`api/articles?${query.join('&')}`, base).href
  }

  get #summary() {
    return this.getAttribute('summary') !== '0'
  }

  get #refresh() {
    const seconds = Number(this.getAttribute('refresh'))
    return Number.isFinite(seconds) && seconds > 0 ? Math.max(seconds, MIN_REFRESH) : 0
  }

  async #load() {
    clearTimeout(this.#timer)
    this.#controller?.abort()
    const controller = (this.#controller = new AbortController())
    const url = this.#apiUrl()
    // A new query starts afresh; the same one revalidates what is shown.
    if (url !== this.#url) {
      this.#url = url
      this.#etag = null
      this.#loaded = false
    }
    this.#list.setAttribute('aria-label', this.getAttribute('label') || 'Latest news')
    if (!this.#loaded) this.#status.textContent = 'Loading news…'
    this.setAttribute('aria-busy', 'true')
    try {
      const headers = this.#etag ? { 'If-None-Match': this.#etag } : {}
      const response = await fetch(url, { headers, signal: controller.signal, credentials: 'omit' })
      if (response.status === 304) {
        this.#status.textContent = ''
      } else if (response.ok) {
        const body = await response.json()
        this.#etag = response.headers.get('ETag')
        this.#show(Array.isArray(body.items) ? body.items : [])
      } else {
        // The API names what is wrong (a bad limit, an unknown topic): show it as text.
        const body = await response.json().catch(() => ({}))
        this.#fail(typeof body.message === 'string' ? `Gazette: ${body.message}` : `Gazette answered ${response.status}.`)
      }
    } catch (error) {
      if (controller.signal.aborted) return
      this.#fail(this.#loaded ? 'Could not refresh the news; showing the last list loaded.' : 'The news could not be loaded right now.')
    } finally {
      if (this.#controller === controller) {
        this.removeAttribute('aria-busy')
        if (this.#refresh) this.#timer = setTimeout(() => this.#load(), this.#refresh * 1000)
      }
    }
  }

  #fail(message) {
    this.#status.textContent = message
    this.dispatchEvent(new CustomEvent('gazette-error', { detail: { message } }))
  }

  #show(items) {
    const rows = items.map((item) => {
      const li = el('li', 'item')
      const href = safeUrl(item.url)
      const title = el(href ? 'a' : 'span', 'link title', item.title ?? '')
      if (href) {
        title.href = href
        title.target = '_blank'
        title.rel = 'noopener'
      }
      const meta = el('p', 'meta')
      if (item.source) meta.append(`${item.source} · `)
      const date = new Date(item.date_published)
      if (!Number.isNaN(date.getTime())) {
        const time = el('time', null, DATE.format(date))
        time.dateTime = item.date_published
        meta.append(time)
      }
      li.append(title, meta)
      if (this.#summary && item.summary) li.append(el('p', 'summary', item.summary))
      return li
    })
    this.#list.replaceChildren(...rows)
    this.#loaded = true
    this.#status.textContent = rows.length === 0 ? 'No articles match.' : ''
    this.dispatchEvent(new CustomEvent('gazette-load', { detail: { count: rows.length } }))
  }
}

if (!customElements.get('gazette-feed')) customElements.define('gazette-feed', GazetteFeed)
