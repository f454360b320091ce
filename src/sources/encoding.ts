/**
 * A feed's bytes to text. The encoding is taken, in this order of trust:
 * 1. a byte order mark (UTF-8, UTF-16LE, UTF-16BE): it cannot be there by accident;
 * 2. the XML declaration's `encoding="…"` (XML 1.0 §4.3.3): written by the
 *    program that made the bytes, where a web server's header is often a
 *    default set for the whole site (text/xml with no charset, or a wrong one);
 * 3. the HTTP `Content-Type` header's `charset` parameter;
 * 4. UTF-8, the default of XML (§4.3.3) and the only encoding of JSON (RFC 8259 §8.1).
 * TextDecoder (WHATWG Encoding) reads every label a feed uses: ISO-8859-1 as
 * windows-1252, GB2312 as GBK, windows-1251, KOI8-R, Shift_JIS, EUC-KR, Big5…
 * A label it does not know, or bytes that are not valid in the encoding
 * taken from the default, fall back with a warning, never an error: UTF-8
 * that does not decode is read as windows-1252, like the seeds (pipeline/read.ts).
 */

export interface DecodedFeed {
  text: string
  /** The WHATWG name of the encoding used: "utf-8", "windows-1251", "gbk"… */
  encoding: string
  warning?: string
}

const BOMS: [number[], string][] = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xff, 0xfe], 'utf-16le'],
  [[0xfe, 0xff], 'utf-16be'],
]

/** XML 1.0 §2.8: `<?xml version="1.0" encoding="EncName"?>`, read from the first bytes as ASCII. */
const XML_DECLARATION = /^\s*<\?xml\s[^>]*?\bencoding\s*=\s*["']([A-Za-z][A-Za-z0-9._:-]*)["']/

/** The `charset` parameter of a Content-Type header value (RFC 9110 §8.3.1). */
export function charsetOf(contentType: string | null | undefined): string | null {
  const match = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType ?? '')
  return match ? match[1]! : null
}

function decoderFor(label: string): TextDecoder | null {
  try {
    return new TextDecoder(label.trim().toLowerCase())
  } catch {
    return null
  }
}

export function decodeFeedBytes(bytes: Uint8Array, contentType?: string | null): DecodedFeed {
  for (const [bom, encoding] of BOMS) {
    if (bom.every((b, i) => bytes[i] === b)) return { text: new TextDecoder(encoding).decode(bytes.subarray(bom.length)), encoding }
  }
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 512))
  const declared = XML_DECLARATION.exec(head)?.[1] ?? null
  const header = charsetOf(contentType)
  const warnings: string[] = []
  for (const [label, from] of [
    [declared, 'the XML declaration'],
    [header, 'the Content-Type header'],
  ] as const) {
    if (label === null) continue
    const decoder = decoderFor(label)
    // UTF-16 named in a declaration without a BOM is taken at its word only with a BOM (XML 1.0 §4.3.3 requires one).
    if (decoder && !decoder.encoding.startsWith('utf-16')) {
      const result = { text: decoder.decode(bytes), encoding: decoder.encoding }
      return warnings.length ? { ...result, warning: warnings.join('; ') } : result
    }
    warnings.push(`unknown encoding "${label}" in ${from}`)
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes)
    return warnings.length ? { text, encoding: 'utf-8', warning: `${warnings.join('; ')}; read as UTF-8` } : { text, encoding: 'utf-8' }
  } catch {
    warnings.push('not valid UTF-8; decoded as windows-1252')
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252', warning: warnings.join('; ') }
  }
}
