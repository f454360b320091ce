/**
 * A seeds folder written to attack the build and the Worker: markup, CDATA
 * ends and HTML comments as article text, control characters, lone
 * surrogates (only JSON escapes can carry one into the build), a
 * right-to-left override, emoji-only headlines, one very long paragraph and a
 * taxonomy of 10,000 topics. Used by hostile.test.ts; every expected string
 * is exported beside the text that carries it.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

/** Markup a page must show as text, never run. */
export const SCRIPT = '<script>alert(1)</script>'
export const IMG = '<img src=x onerror=alert(1)>'
export const COMMENT = '<!-- hidden note -->'
export const CDATA_END = ']]>'
/** U+202E RIGHT-TO-LEFT OVERRIDE: allowed in XML and HTML, kept as text. */
export const RLO = '\u202e'

/** C0 controls but tab, LF and CR, DEL, and the C1 controls: none may reach a feed or a page. */
export const CONTROLS = [
  ...Array.from({ length: 0x20 }, (_, i) => i).filter((c) => c !== 0x09 && c !== 0x0a && c !== 0x0d),
  ...Array.from({ length: 0x9f - 0x7f + 1 }, (_, i) => 0x7f + i),
].map((c) => String.fromCharCode(c))

export const TOPIC_COUNT = 10_000

export const MARKUP_TITLE = `Council minutes show ${SCRIPT} & ${CDATA_END} as plain text`
/** Set in catalog.json, whose JSON escapes are the only way a lone surrogate reaches the build. */
export const SURROGATE_TITLE = 'Harbour\u0000 pilots\u001b report\u0085 a quiet week \ud800 at sea \udc00 again'
/** What a reader sees of SURROGATE_TITLE: the controls and lone surrogates removed (each surrogate leaves its spaces). */
export const SURROGATE_TITLE_SHOWN = 'Harbour pilots report a quiet week  at sea  again'
export const EMOJI_TITLE = '🌊🚢⚓'
export const EMOJI_STORY_TITLE = '🔥🚒🔥'
export const RLO_SOURCE = `Harbour ${RLO}weN Daily`
export const MARKUP_AUTHOR = `Jo ${SCRIPT} Smith`

/** Sentences of the markup article, each carrying one attack as text. */
export const MARKUP_SENTENCES = [
  `The city council voted on Tuesday to publish its minutes online, and a clerk pasted ${IMG} into the first page by mistake.`,
  `Officials said the string ${SCRIPT} appeared in three agendas before anyone noticed, and that no reader was harmed.`,
  `A technician explained that the marker ${CDATA_END} ends a CDATA section in XML, so feeds must escape it rather than wrap text in it.`,
  `The web team also found an HTML comment ${COMMENT} in the budget report, which readers should see as plain text.`,
]

/** The control-character article's paragraph as a reader sees it: every control removed, the RLO kept. */
export const CONTROL_SENTENCE_SHOWN = `Pilots logged the tug named ${RLO}kraM eht at the outer buoy before dawn, and the harbour master said traffic was light all week.`

/**
 * One paragraph of about 250 KB in 500 long sentences (the 1 MB paragraph took 38 s to build;
 * summaries compare every pair of sentences, so long sentences rather than many keep the test fast).
 */
export const LONG_SENTENCE_COUNT = 500
export const longSentence = (i: number): string =>
  `Gauge ${i} on pier ${i % 37} read ${(i * 7919) % 1000} centimetres at ${String(i % 24).padStart(2, '0')}:${String((i * 13) % 60).padStart(2, '0')} during survey ${Math.floor(i / 50)}, ` +
  `while the crew of boat ${i % 11} measured the swell at ${(i * 31) % 200} centimetres, the wind at ${(i * 17) % 90} kilometres an hour from bearing ${(i * 41) % 360}, ` +
  `the water at ${10 + ((i * 3) % 12)} degrees and the salt at ${30 + (i % 7)} parts per thousand, and volunteer ${i % 53} checked each figure twice against the paper chart ` +
  `kept in the harbour office since ${1900 + (i % 120)}, where the old readings for station ${i * 3} fill ${i % 40} ledgers on the shelves of the back room beside the map of the bay.`

const para = (...lines: string[]) => lines.join('\n\n')

/** The seed text of each article, by file name. */
function seedTexts(): Record<string, string> {
  // NUL makes the reader reject a file as binary; it comes in through catalog.json instead.
  const controlled = CONTROLS.filter((c) => c !== '\0').reduce(
    (text, ch, i) => text.replace(`{${i % 8}}`, `${ch}{${i % 8}}`),
    `Pilots logged the tug{0} named ${RLO}kraM eht{1} at the outer buoy{2} before dawn, and the{3} harbour master said{4} traffic was light{5} all{6} week.{7}`,
  ).replace(/\{\d\}/g, '')
  return {
    'markup.txt': para(
      'CITY NEWS',
      MARKUP_TITLE,
      'By Jo Smith',
      ...MARKUP_SENTENCES,
      'Councillor Maria Lopez said the episode showed why every page must treat article text as text, whatever it looks like.',
    ),
    'markup-second.txt': para(
      'EVENING POST',
      `Clerk's ${SCRIPT} slip puts council minutes in the spotlight`,
      `Council minutes published online on Tuesday carried the text ${SCRIPT} after a clerk's mistake, the city council confirmed.`,
      `Councillor Maria Lopez said the minutes would stay online with the ${IMG} fragment shown as plain text, so that the record is complete.`,
      'The council said it would review how the minutes are prepared before the next meeting of the full council in December.',
    ),
    'controls.txt': para(
      'PORT GAZETTE',
      'Harbour pilots report a quiet week at sea',
      controlled,
      `Control characters such as ${CONTROLS.slice(-20).join('')} came through the pilots' radio log, the harbour office said.`,
      'The office said the log would be cleaned before it is archived with the rest of the year.',
      // Prose enough that the controls are noise, not a binary file (read.ts: fewer than one character in 20).
      'Pilots guided eleven cargo ships and four ferries into the harbour over the seven days, fewer than in the same week last year.',
      'The harbour master said calm weather and a holiday at the container terminal explained most of the drop in traffic.',
      'Two tugs were taken out of service for painting, and the pilot boat had its engine checked while the port was quiet.',
      'Next week the pilots expect a busier schedule, with a cruise ship and three grain carriers due on Tuesday and Wednesday.',
    ),
    'emoji.txt': para(
      EMOJI_TITLE,
      'Sailors in the bay raced small boats on Sunday afternoon as crowds watched from the sea wall and cheered each crossing.',
      'The winning crew finished the course in forty minutes, three ahead of the second boat, the race officer said.',
      'Organisers said the race would return next summer with more boats and a longer course around the lighthouse.',
    ),
    'fire-one.txt': para(
      EMOJI_STORY_TITLE,
      'A fire broke out in a warehouse at the Eastport docks on Monday night, and forty firefighters fought the blaze until dawn.',
      'Fire chief Anna Berg said the warehouse stored timber and paint, which made the fire spread quickly along the quay.',
      'No one was hurt, Anna Berg said, but the Eastport docks will stay closed while engineers check the quay.',
    ),
    'fire-two.txt': para(
      '🚒🚒',
      'Firefighters spent the night fighting a warehouse fire at the Eastport docks, where timber and paint were stored, fire chief Anna Berg said.',
      'The blaze started on Monday night and was under control by dawn; forty firefighters and eight engines were sent to the quay.',
      'Anna Berg said the Eastport docks would stay closed until engineers had checked that the quay is safe.',
    ),
    'long.txt': para(
      'TIDE RECORDS',
      'Volunteers copy a year of tide gauge readings into one record',
      Array.from({ length: LONG_SENTENCE_COUNT }, (_, i) => longSentence(i)).join(' '),
      'The volunteers said the record would be published in full at the end of the month.',
    ),
  }
}

/** Curator entries: fixed dates, outlets and the fields that can carry what a .txt file cannot. */
const CURATION: Record<string, Record<string, unknown>> = {
  'markup.txt': { published: '2025-03-04T10:00:00Z', source: 'City News', authors: [MARKUP_AUTHOR], url: 'https://city.example/minutes?a=1&b=<2>' },
  'markup-second.txt': { published: '2025-03-05T10:00:00Z', source: 'Evening Post' },
  'controls.txt': { published: '2025-03-03T10:00:00Z', source: RLO_SOURCE, title: SURROGATE_TITLE },
  'emoji.txt': { published: '2025-03-02T10:00:00Z', source: 'Bay Times', title: EMOJI_TITLE },
  'fire-one.txt': { published: '2025-03-06T10:00:00Z', source: 'Eastport Echo', title: EMOJI_STORY_TITLE },
  'fire-two.txt': { published: '2025-03-06T12:00:00Z', source: 'Docks Daily' },
  'long.txt': { published: '2025-03-01T10:00:00Z', source: 'Tide Club' },
}

/** The hostile topic: its title and description carry markup, a CDATA end, controls and a lone surrogate. */
export const HOSTILE_TOPIC = {
  slug: 'council-minutes',
  title: `Council ${SCRIPT} minutes`,
  description: `Minutes ${CDATA_END} ${COMMENT} with a control\u0001 and a lone \udfff surrogate.`,
  keywords: ['council', 'minutes', 'councillor'],
}
export const HOSTILE_TOPIC_DESCRIPTION_SHOWN = `Minutes ${CDATA_END} ${COMMENT} with a control and a lone  surrogate.`

function taxonomy(count: number) {
  const named = [
    HOSTILE_TOPIC,
    { slug: 'harbour', title: `Harbour ${EMOJI_TITLE}`, description: 'Ships, pilots and the port.', keywords: ['harbour', 'pilots', 'tug', 'sailors', 'boats'] },
    { slug: 'fires', title: '🔥', description: 'Fires and the people who fight them.', keywords: ['fire', 'firefighters', 'blaze'] },
  ]
  const filler = Array.from({ length: count - named.length }, (_, i) => ({
    slug: `topic-${i}`,
    title: `Topic ${i}`,
    description: `Filler topic number ${i}.`,
    keywords: [`keyword${i}`],
  }))
  return { topics: [...named, ...filler] }
}

/** Writes the seeds, catalog.json and topics.json (`topicCount` topics) into `dir`. */
export function writeHostileSeeds(dir: string, topicCount = TOPIC_COUNT): void {
  mkdirSync(dir, { recursive: true })
  for (const [name, text] of Object.entries(seedTexts())) writeFileSync(join(dir, name), text)
  // JSON.stringify writes a lone surrogate as its \u escape, as a curator would have to.
  writeFileSync(join(dir, 'catalog.json'), JSON.stringify(CURATION, null, 2))
  writeFileSync(join(dir, 'topics.json'), JSON.stringify(taxonomy(topicCount), null, 1))
}
