/** Error answers: JSON on the API and feed routes (programs read them), HTML on pages (people do). */
import type { Topic } from '../model.ts'
import type { ErrorBody } from '../contract/schemas.ts'
import { renderErrorPage } from '../render/pages/error.tsx'
import type { Site } from './env.ts'
import { CACHE_ERROR, CACHE_NONE, VARY } from './http.ts'
import type { Audience } from './routes.ts'

const REASONS: Record<number, string> = { 400: 'Bad Request', 404: 'Not Found', 405: 'Method Not Allowed', 414: 'URI Too Long', 500: 'Internal Server Error', 503: 'Service Unavailable' }

export type ErrorDetail = Omit<ErrorBody, 'status' | 'error'>

/** A missing topic or article may appear with the next build; a bad parameter stays bad but costs nothing. */
const errorHeaders = (status: number, type: string, headers: Record<string, string>) => ({
  'Content-Type': `${type}; charset=utf-8`,
  'Cache-Control': status === 404 ? CACHE_ERROR : CACHE_NONE,
  Vary: VARY,
  ...headers,
})

/** `{"status":400,"error":"Bad Request","parameter":"limit","message":"limit: must be …"}` */
export function jsonError(status: number, detail: ErrorDetail, headers: Record<string, string> = {}): Response {
  const body: ErrorBody = { status, error: REASONS[status] ?? 'Error', ...detail }
  return new Response(JSON.stringify(body), { status, headers: errorHeaders(status, 'application/json', headers) })
}

/**
 * An error is a page too, with a page's security headers (security.ts sets
 * them by path: no script and no framing, except on an embed route, whose
 * errors a dashboard must be able to show in its frame). The message is
 * escaped as text by the page renderer.
 */
export function htmlError(status: number, site: Site, topics: Topic[], message: string, headers: Record<string, string> = {}): Response {
  const body = renderErrorPage({ site, topics, title: REASONS[status] ?? 'Error', message })
  return new Response(body, { status, headers: errorHeaders(status, 'text/html', headers) })
}

/** The error answer for a route's audience. */
export const errorFor =
  (audience: Audience, site: Site, topics: Topic[]) =>
  (status: number, detail: ErrorDetail, headers: Record<string, string> = {}): Response =>
    audience === 'json' ? jsonError(status, detail, headers) : htmlError(status, site, topics, detail.message, headers)
