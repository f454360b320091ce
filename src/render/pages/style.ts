/** The whole stylesheet: small enough to inline, so a page is one request and works offline. */
export const STYLE = `
:root{color-scheme:light dark;--fg:#1d1d1f;--muted:#5f6368;--bg:#fff;--line:#dadce0;--accent:#0b57d0}
@media (prefers-color-scheme:dark){:root{--fg:#e8eaed;--muted:#9aa0a6;--bg:#121212;--line:#3c4043;--accent:#8ab4f8}}
*{box-sizing:border-box}
body{margin:0;font:17px/1.55 Georgia,"Times New Roman",serif;color:var(--fg);background:var(--bg)}
a{color:var(--accent)}
header,main,footer{max-width:46rem;margin:0 auto;padding:0 1rem}
header{border-bottom:1px solid var(--line);padding-top:1rem}
.brand{font:700 1.6rem/1.2 system-ui,sans-serif;text-decoration:none;color:var(--fg)}
nav ul,.topics,.feeds{list-style:none;padding:0;margin:.5rem 0;display:flex;flex-wrap:wrap;gap:.35rem .9rem;font:.9rem system-ui,sans-serif}
nav a[aria-current=page]{font-weight:700;color:var(--fg)}
h1{font:700 1.9rem/1.2 system-ui,sans-serif;margin:1.2rem 0 .4rem}
h2{font:700 1.25rem/1.3 system-ui,sans-serif;margin:1.4rem 0 .3rem}
.meta{color:var(--muted);font:.85rem system-ui,sans-serif;margin:.2rem 0}
.topics li a{border:1px solid var(--line);border-radius:1rem;padding:0 .55rem;text-decoration:none}
.articles{list-style:none;padding:0}
.articles>li{border-bottom:1px solid var(--line);padding:.4rem 0 .9rem}
.dek{font-size:1.1rem;color:var(--muted)}
form{display:flex;gap:.5rem;margin:.8rem 0}
input[type=search]{flex:1;font:inherit;padding:.3rem .5rem}
button{font:.9rem system-ui,sans-serif;padding:.3rem .8rem}
h3{font:700 1.1rem/1.3 system-ui,sans-serif;margin:1rem 0 .3rem}
table{border-collapse:collapse;width:100%;font:.9rem/1.4 system-ui,sans-serif;margin:.5rem 0}
th,td{border-bottom:1px solid var(--line);padding:.35rem .5rem;text-align:left;vertical-align:top}
main{overflow-wrap:break-word}
.claims .muted,.claims .disputed{color:var(--muted)}
.claims .disputed{display:block;font-weight:400;font-size:.8rem}
@media (max-width:40rem){.claims thead{display:none}.claims,.claims tbody,.claims tr,.claims th,.claims td{display:block}.claims tr{padding:.3rem 0;border-bottom:1px solid var(--line)}.claims th,.claims td{border:0;padding:.1rem 0}.claims th[scope=rowgroup]{border-top:2px solid var(--line);padding-top:.5rem}.claims td[data-label]::before{content:attr(data-label) ": ";color:var(--muted)}}
.story{border-left:3px solid var(--accent);padding-left:.7rem}
footer{border-top:1px solid var(--line);margin-top:2rem;padding-bottom:2rem}
`
