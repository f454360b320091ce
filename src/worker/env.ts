/** The Worker's bindings and the site settings read from them (wrangler.toml `[vars]`). */
import { safeExternalUrl } from '../render/urls.ts'
import type { Checked } from './check.ts'
import type { Route } from './routes.ts'


export interface Env {
  /** Static assets (`dist/site`): the served catalog under `catalog/`. */
  ASSETS: Fetcher
  /** Public base URL, e.g. `https://news.example.org`; default: the request's origin. */
  SITE_URL?: string
  SITE_TITLE?: string
  SITE_DESCRIPTION?: string
  /** BCP 47 tag of the site and its feeds; default `en`. */
  SITE_LANGUAGE?: string
  /**
   * A WebSub hub (https://www.w3.org/TR/websub/), e.g.
   * `https://pubsubhubbub.appspot.com/`: every feed then names it, and
   * `npm run publish-hub` tells it which feeds changed. Unset: no hub anywhere.
   */
  WEBSUB_HUB?: string
}

/**
 * `c.var.route`: the route the request's path names (undefined for none),
 * resolved once by the first middleware (app.ts) for every one after it;
 * `c.var.checked`: what checkRequest (check.ts) hands every handler.
 */
export type AppEnv = { Bindings: Env; Variables: { route: Route | undefined; checked: Checked } }

export interface Site {
  /** Base URL without trailing slash. */
  url: string
  title: string
  description: string
  language: string
}

export const DEFAULT_TITLE = 'Gazette'
export const DEFAULT_DESCRIPTION = 'Curated news, grouped by topic.'

/** The configured WebSub hub, if it is an absolute http(s) URL; null otherwise. */
export function hubOf(env: Env): string | null {
  return safeExternalUrl(env.WEBSUB_HUB?.trim() || null)
}

export function siteOf(env: Env, requestUrl: string): Site {
  const configured = env.SITE_URL?.trim().replace(/\/+$/, '')
  return {
    url: configured || new URL(requestUrl).origin,
    title: env.SITE_TITLE?.trim() || DEFAULT_TITLE,
    description: env.SITE_DESCRIPTION?.trim() || DEFAULT_DESCRIPTION,
    language: env.SITE_LANGUAGE?.trim() || 'en',
  }
}
