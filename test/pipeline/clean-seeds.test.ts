import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { cleanPage } from '../../src/pipeline/clean.ts'

// Written by hand from reading each seed: the opening words of every real
// paragraph and section heading in page order, the header fields, and lines
// of page furniture that must not reach the body.
interface SeedCase {
  file: string
  title: string | null
  dek?: string | null
  authors?: string[]
  dateline?: string | null
  source?: string | null
  blocks: ['p' | 'h', string][]
  furniture: string[]
}

const SEEDS: SeedCase[] = [
  {
    file: '000_bfd3abdf462c3d5d.txt',
    title: 'North Korea and Russia Just Signed a Massive New Military Deal – Here’s What It Means',
    authors: ['Daniel Kim'],
    // The author footer's address, content@viewusglobal.com, names the outlet's domain.
    source: 'viewusglobal.com',
    blocks: [
      ['p', 'On Wednesday, a new treaty to restore the military alliance between North Korea and Russia officially took effect.'],
      ['p', 'The new North Korea-Russia treaty replaces the treaty signed on February 9, 2000'],
      ['p', 'KCNA hailed the new treaty as a legal framework elevating bilateral relations'],
      ['p', 'The agency emphasized that this robust North Korea-Russia relationship'],
      ['p', 'This development marks the completion of all treaty enactment procedures'],
    ],
    furniture: [
      'Quick access to main page',
      'Daniel Kim Views',
      'Yonhap News',
      'content@viewusglobal.com',
      'Comments0',
      'Latest Stories',
      'North Korean Military in Kursk Still Using WWII Tactics',
      'do_shortcode',
      'You May Also Like',
      'NVIDIA Set to Overtake Tesla',
      'BUSINESS',
      'Popular Now',
      'Must-Reads',
      'IU Donates $341,000',
    ],
  },
  {
    file: '001_fec737a619397491.txt',
    title: "North Korea's major defense treaty with Russia comes into full effect as details come to light",
    dateline: 'PYONGYANG',
    blocks: [
      ['p', 'Pyongyang, North Korea - A treaty on a comprehensive strategic partnership between North Korea and Russia has come into force'],
      ['p', 'The KCNA news agency said that the treaty came into force after the ratification documents were exchanged in Moscow'],
      ['p', 'The agreement takes the military cooperation between the two countries to a new level'],
      ['p', 'Russian Defense Minister Andrey Belousov had previously said'],
      ['p', 'KCNA said that the treaty – signed by Russian President Vladimir Putin'],
      ['p', 'The Moscow-Pyongyang partnership under the agreement "will be a powerful security device"'],
      ['p', 'The treaty comes into force as North Korea has already provided thousands of soldiers'],
    ],
    furniture: [
      'A mutual defense treaty signed by Russian President Vladimir Putin and North Korean leader Kim Jong-un has come into full effect.',
      '© via REUTERS',
      'Havana Club rum dispute',
      'Cover photo',
      'More on North Korea',
    ],
  },
  {
    file: '002_4076270ce6b146d2.txt',
    title: null,
    blocks: [
      ['p', 'In a significant move, Russia has ratified a comprehensive strategic partnership treaty with North Korea'],
      ['h', 'Key Provisions of the Treaty'],
      ['p', 'The bilateral treaty outlines several important commitments'],
      ['p', 'The preamble of the treaty stresses that the agreement serves the fundamental interests'],
      ['h', 'Rising Military Cooperation Between Russia and North Korea'],
      ['p', 'This treaty is the latest in a series of moves signaling growing military cooperation'],
      ['p', 'US Secretary of State Antony Blinken recently commented'],
      ['h', 'Combat Engagements and Increased Tensions'],
      ['p', 'The military presence of North Korean troops in Russia has been confirmed by Ukrainian President'],
      ['p', 'Furthermore, South Korea’s Ministry of Defense confirmed'],
      ['h', 'Implications for Global Security and Geopolitics'],
      ['p', 'The ratification of the strategic partnership treaty between Russia and North Korea signals'],
      ['p', 'Both nations have long faced international sanctions'],
    ],
    furniture: [],
  },
  {
    file: '003_15820699cc9bd041.txt',
    title: null,
    blocks: [
      ['p', 'North Korea and Russia have officially finalized a new strategic partnership, marking a significant step in their growing alliance.'],
      ['p', 'On Monday, North Korean leader Kim Jong Un ratified the Comprehensive Strategic Partnership Treaty'],
      ['p', 'The pact, originally signed on June 19 in Pyongyang'],
      ['p', 'The treaty includes a clause similar to NATO’s Article V'],
      ['p', 'The agreement also emphasizes the promotion of a “multipolar world order,”'],
      ['p', 'This announcement follows reports from Ukraine’s Defense Ministry'],
      ['p', 'Russia’s growing alliance with North Korea has intensified since Putin’s visit'],
      ['p', 'Reports from South Korean, Ukrainian, and US sources suggest'],
      ['p', 'On Tuesday, foreign ministers from the Group of Seven (G7)'],
      ['p', 'The G7 countries — comprising the United States, Japan, Germany'],
      ['p', 'Russia launched its full-scale invasion of Ukraine in February 2022'],
    ],
    furniture: [],
  },
  {
    file: '004_82b2a77911eb234f.txt',
    title: 'Russia and North Korea Formalize Strategic Partnership',
    dek: 'A bilateral strategic security pact with Moscow calls for mutual assistance in the event of foreign aggression',
    blocks: [
      ['p', 'North Korea has formally approved a landmark strategic partnership agreement with Russia'],
      ['p', 'According to KCNA, North Korean leader Kim Jong-un signed a decree on Monday'],
      ['p', 'The document formally ratifies the “Comprehensive Partnership Agreement'],
      ['p', 'The treaty, encompassing 23 articles, outlines a commitment'],
      ['p', 'Article 4 of the document explicitly states'],
      ['p', 'The mutual ratification follows a recent visit by North Korean Foreign Minister Choe Son-hui'],
      ['p', 'Ukraine and Western countries have repeatedly accused Pyongyang'],
      ['p', 'North Korea has categorically denied these allegations'],
      ['p', 'Earlier this month, Russia’s permanent representative to the UN, Vassily Nebenzia'],
    ],
    furniture: ['Russia and North Korea Formalize Strategic Partnership', 'A bilateral strategic security pact'],
  },
]

const read = (file: string) => readFileSync(join(import.meta.dirname, '../../seeds', file), 'utf8')

describe.each(SEEDS)('seed $file', (seed) => {
  const page = cleanPage(read(seed.file))

  it('keeps every paragraph and heading exactly once, in order', () => {
    expect(page.body).toHaveLength(seed.blocks.length)
    page.body.forEach((block, i) => {
      const [type, opening] = seed.blocks[i]!
      expect(block.type).toBe(type)
      expect(block.text.startsWith(opening), `block ${i}: ${block.text.slice(0, 80)}`).toBe(true)
    })
  })

  it('drops the page furniture', () => {
    for (const line of seed.furniture) {
      expect(page.body.filter((b) => b.text.includes(line)).map((b) => b.text)).toEqual([])
    }
  })

  it('reads the header', () => {
    expect(page.title).toBe(seed.title)
    if (seed.dek !== undefined) expect(page.dek).toBe(seed.dek)
    expect(page.authors).toEqual(seed.authors ?? [])
    expect(page.dateline).toBe(seed.dateline ?? null)
    // Seed 001's "© via REUTERS" credits a photo, not the article: no source.
    expect(page.source).toBe(seed.source ?? null)
  })
})
