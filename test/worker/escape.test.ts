import { describe, expect, it } from 'vitest'
import { escapeHtml } from '../../src/render/html-escape.ts'
import { escapeXml } from '../../src/render/xml-escape.ts'

/** Every code point XML 1.0 §2.2 forbids below U+0020, plus DEL and C1 (validator "bad characters"). */
const FORBIDDEN_CONTROLS = [
  ...Array.from({ length: 0x20 }, (_, i) => i).filter((c) => c !== 0x09 && c !== 0x0a && c !== 0x0d),
  ...Array.from({ length: 0x21 }, (_, i) => 0x7f + i),
].map((c) => String.fromCharCode(c))

const OTHER_FORBIDDEN = ['\uFFFE', '\uFFFF', '\uD800', '\uDFFF', '\uFFFD']

describe('escapeXml', () => {
  it.each([
    ['&', '&amp;'],
    ['<', '&lt;'],
    ['>', '&gt;'],
    ['"', '&quot;'],
    ["'", '&apos;'],
    ['a]]>b', 'a]]&gt;b'],
    ['&amp;', '&amp;amp;'],
    ['Zürich 🚀 Москва', 'Zürich 🚀 Москва'],
    ['tab\tnew\nline\rcr', 'tab\tnew\nline\rcr'],
  ])('%j → %j', (input, expected) => {
    expect(escapeXml(input)).toBe(expected)
  })

  it.each(FORBIDDEN_CONTROLS.concat(OTHER_FORBIDDEN).map((ch) => [`U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`, ch]))(
    'removes %s',
    (_, ch) => {
      expect(escapeXml(`a${ch}b`)).toBe('ab')
    },
  )

  it('keeps characters outside the BMP whole', () => {
    expect(escapeXml('\u{1F30C}')).toBe('🌌')
  })
})

describe('escapeHtml', () => {
  it.each([
    ['&', '&amp;'],
    ['<', '&lt;'],
    ['>', '&gt;'],
    ['"', '&quot;'],
    ["'", '&#39;'],
    ['<script>alert("x")</script>', '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;'],
    ['<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert(1)&gt;'],
    ['café 🌌', 'café 🌌'],
  ])('%j → %j', (input, expected) => {
    expect(escapeHtml(input)).toBe(expected)
  })

  it.each(FORBIDDEN_CONTROLS.concat(OTHER_FORBIDDEN).map((ch) => [`U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`, ch]))(
    'removes %s',
    (_, ch) => {
      expect(escapeHtml(`a${ch}b`)).toBe('ab')
    },
  )
})
