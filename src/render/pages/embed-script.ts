/**
 * The embed page's one script (embed.tsx): when framed, it posts the page's
 * height to the parent whenever it changes, so the host can size the
 * <iframe> to fit. The page reads the same without it. The Content-Security-
 * Policy allows exactly this text by its SHA-256 (CSP Level 3 §8.4 "hash-source":
 * the digest of the script element's text, base64), so no other script can
 * run; a test recomputes the hash.
 */
export const HEIGHT_SCRIPT =
  "(function(){if(window.parent===window)return;var last=0;function send(){" +
  "var height=Math.ceil(document.documentElement.getBoundingClientRect().height);" +
  "if(height!==last){last=height;window.parent.postMessage({type:'gazette:height',height:height},'*')}}" +
  "addEventListener('load',send);if(typeof ResizeObserver==='function')new ResizeObserver(send).observe(document.documentElement)})()"

/** `'sha256-…'` of HEIGHT_SCRIPT, as the CSP names it. */
export const HEIGHT_SCRIPT_HASH = "'sha256-MR+7JtXtvKsW5MG7uTg5KKH0Rfj7toT/gl7XoPMy/SI='"
