/**
 * The embed page's stylesheet: fluid from 240 px wide, a visible focus ring,
 * and colours after `theme` (auto: the reader's prefers-color-scheme; light
 * or dark: fixed). Inlined, so the page makes no other request.
 */
import type { Theme } from '../../worker/params.ts'

const LIGHT = '--fg:#1d1d1f;--muted:#5f6368;--bg:#fff;--line:#dadce0;--accent:#0b57d0'
const DARK = '--fg:#e8eaed;--muted:#9aa0a6;--bg:#121212;--line:#3c4043;--accent:#8ab4f8'

const PALETTES: Record<Theme, string> = {
  auto: `:root{color-scheme:light dark;${LIGHT}}@media (prefers-color-scheme:dark){:root{${DARK}}}`,
  light: `:root{color-scheme:light;${LIGHT}}`,
  dark: `:root{color-scheme:dark;${DARK}}`,
}

const BASE = `
*{box-sizing:border-box}
html{background:var(--bg);color:var(--fg);font:15px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;-webkit-text-size-adjust:100%}
body{margin:0;padding:.75rem;min-width:0}
h1{font-size:1rem;margin:0 0 .5rem;line-height:1.3}
h1 a{color:var(--fg)}
a{color:var(--accent);overflow-wrap:anywhere}
a:focus-visible{outline:3px solid var(--accent);outline-offset:2px;border-radius:2px}
ol{list-style:none;margin:0;padding:0}
li{border-top:1px solid var(--line);padding:.55rem 0}
h2{font-size:1rem;margin:0;line-height:1.3;font-weight:600}
p{margin:.2rem 0 0;overflow-wrap:anywhere}
.meta,.more{color:var(--muted);font-size:.85rem}
.more{border-top:1px solid var(--line);padding-top:.5rem;margin-top:0}
html.compact{font-size:13px}
.compact body{padding:.4rem}
.compact li{padding:.3rem 0}
`

export const embedStyle = (theme: Theme): string => PALETTES[theme] + BASE
