/**
 * Gazette's icon, drawn by code so every copy is the same bytes: a page of
 * headline and text lines on the accent colour. One SVG for browsers, PNGs
 * for feed readers (RSS `<image>` must be "a GIF, JPEG or PNG"), and an ICO
 * holding a PNG for `/favicon.ico`, which browsers ask for by name.
 */

const ACCENT: [number, number, number] = [0x0b, 0x57, 0xd0]
const PAPER: [number, number, number] = [0xff, 0xff, 0xff]

/** The lines of the page, as fractions of a square: [x, y, width, height]. */
const BARS: readonly [number, number, number, number][] = [
  [0.18, 0.18, 0.64, 0.14],
  [0.18, 0.42, 0.64, 0.07],
  [0.18, 0.56, 0.64, 0.07],
  [0.18, 0.7, 0.42, 0.07],
]

export const ICON_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100">' +
  '<rect width="100" height="100" rx="16" fill="#0b57d0"/>' +
  BARS.map(([x, y, w, h]) => `<rect x="${x * 100}" y="${y * 100}" width="${w * 100}" height="${h * 100}" fill="#fff"/>`).join('') +
  '</svg>\n'

/** Whether pixel (x, y) of a `height`-tall square is paper; wider images repeat the square's lines across. */
function paper(x: number, y: number, width: number, height: number): boolean {
  const u = x / height
  const v = y / height
  return BARS.some(([bx, by, bw, bh]) => v >= by && v < by + bh && u >= bx && u < (width > height ? width / height - bx : bx + bw))
}

/**
 * A two-colour PNG (PNG spec §11.2.2: colour type 3, bit depth 1, with a PLTE
 * chunk), its image data in stored (uncompressed) deflate blocks (RFC 1951
 * §3.2.4), so no compressor is needed in the Worker.
 */
export function iconPng(width: number, height: number): Uint8Array {
  const rowBytes = Math.ceil(width / 8)
  const raw = new Uint8Array(height * (rowBytes + 1))
  for (let y = 0; y < height; y++) {
    const row = y * (rowBytes + 1) // filter type 0 (None) at the start of each row
    for (let x = 0; x < width; x++) if (paper(x, y, width, height)) raw[row + 1 + (x >> 3)]! |= 0x80 >> (x & 7)
  }
  const header = new Uint8Array(13)
  const view = new DataView(header.buffer)
  view.setUint32(0, width)
  view.setUint32(4, height)
  header.set([1, 3, 0, 0, 0], 8) // bit depth 1, palette colour, deflate, adaptive filtering, no interlace
  return concat([
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('PLTE', new Uint8Array([...ACCENT, ...PAPER])),
    chunk('IDAT', zlibStored(raw)),
    chunk('IEND', new Uint8Array(0)),
  ])
}

/** An ICO file holding one PNG image (supported by every current browser): `/favicon.ico`. */
export function faviconIco(size = 32): Uint8Array {
  const png = iconPng(size, size)
  const head = new Uint8Array(22)
  const view = new DataView(head.buffer)
  view.setUint16(2, 1, true) // type 1: icon
  view.setUint16(4, 1, true) // one image
  head[6] = size // width, height (0 would mean 256)
  head[7] = size
  view.setUint16(10, 1, true) // colour planes
  view.setUint16(12, 32, true) // bits per pixel
  view.setUint32(14, png.length, true)
  view.setUint32(18, 22, true) // the image starts after this header
  return concat([head, png])
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length)
  const view = new DataView(out.buffer)
  view.setUint32(0, data.length)
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i)
  out.set(data, 8)
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)))
  return out
}

/** RFC 1950 zlib stream of stored deflate blocks (at most 65,535 bytes each), with its Adler-32. */
function zlibStored(data: Uint8Array): Uint8Array {
  const parts: Uint8Array[] = [new Uint8Array([0x78, 0x01])]
  for (let at = 0; at < data.length || at === 0; at += 0xffff) {
    const block = data.subarray(at, at + 0xffff)
    const last = at + 0xffff >= data.length ? 1 : 0
    const head = new Uint8Array([last, block.length & 0xff, block.length >> 8, ~block.length & 0xff, (~block.length >> 8) & 0xff])
    parts.push(head, block)
    if (last) break
  }
  let a = 1
  let b = 0
  for (const byte of data) {
    a = (a + byte) % 65521
    b = (b + a) % 65521
  }
  const adler = new Uint8Array(4)
  new DataView(adler.buffer).setUint32(0, ((b << 16) | a) >>> 0)
  parts.push(adler)
  return concat(parts)
}

let CRC_TABLE: Uint32Array | undefined

function crc32(bytes: Uint8Array): number {
  if (!CRC_TABLE) {
    CRC_TABLE = new Uint32Array(256)
    for (let n = 0; n < 256; n++) {
      let c = n
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
      CRC_TABLE[n] = c >>> 0
    }
  }
  let crc = 0xffffffff
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8)
  return (crc ^ 0xffffffff) >>> 0
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
  let at = 0
  for (const p of parts) {
    out.set(p, at)
    at += p.length
  }
  return out
}
