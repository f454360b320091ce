import { describe, expect, it } from 'vitest'
import { cleanPage } from '../../src/pipeline/clean.ts'

// Hand-written paragraphs about an invented story; each case wraps them in
// one page structure that the line's own shape does not reveal, and states
// which lines must be kept and which dropped.
const P1 =
  'The harbour council voted on Tuesday to rebuild the old swing bridge, ending a dispute that had split the town for more than a decade and delayed repairs to the quay.'
const P2 =
  'Engineers told the meeting that the existing deck could carry only half of its original load, and that ferries had been forced to wait outside the harbour on busy mornings.'
const P3 =
  'Work is expected to start in the spring and to last about eighteen months, during which a temporary footbridge will keep the two halves of the town connected for pedestrians.'
const P4 =
  'Several shop owners on the quay said they welcomed the decision but worried that the building work would keep visitors away during the summer season.'
const ITEM = 'Oat porridge [1 cup oats, 1 cup milk, ½ cup berries, 1 tsp. honey and a pinch of cinnamon stirred in]'
const DEK = 'The vote ends a decade-long dispute over the crossing that splits the town in two.'

const page = (...lines: string[]) => lines.join('\n\n')
const texts = (text: string) => cleanPage(text).body.map((b) => b.text)

const TIP = 'Pro tip: a slow walk after breakfast helps the meal settle, and it is a good time to call a friend or plan the day.'

/** One day of a plan: the same headings each day, some items repeated word for word. */
const day = (name: string, lunch: string, ...tip: string[]) => [
  `Walking Plan for ${name}`, 'Morning Meal', 'Eat an hour before your walk', ITEM, ...tip, 'Containers: 1 Red, 1 Yellow', 'Lunch', 'Eat every 2–3 hours', lunch, 'Evening Snack', '30 minutes before bed', 'Herbal Tea',
]

describe('cleanPage: structure that decides what is kept', () => {
  it.each([
    {
      name: 'a plan repeated day by day, headings and items included, up to a related list',
      dump: page(P1, P2, P3, ...day('Monday', 'Bean salad, 1 cup', TIP), ...day('Tuesday', 'Lentil soup, 2 cups'), 'Related Articles', 'Why Breakfast Really Does Matter For Walkers', 'Coming Soon: A New Harbour Walking Map'),
      body: [P1, P2, P3, ...day('Monday', 'Bean salad, 1 cup', TIP), ...day('Tuesday', 'Lentil soup, 2 cups')],
    },
    {
      name: 'an info box after a sign-off that ends in an emoji',
      dump: page(P1, P2, P3, 'We hope to see you at the quay! 🙂', 'Harbour Festival Weekend', '<The Tall Ships Parade>', '2024.06.01 ~ 2024.06.02', 'Sat – Sun 10AM to 6PM', 'Adults: £6.50', 'Share this entry', 'Share on Facebook'),
      body: [P1, P2, P3, 'We hope to see you at the quay! 🙂', 'Harbour Festival Weekend', '<The Tall Ships Parade>', '2024.06.01 ~ 2024.06.02', 'Sat – Sun 10AM to 6PM', 'Adults: £6.50'],
    },
    {
      name: 'a bare "More:" heads a box of other stories inside the article, even where "More" is also a menu label',
      dump: page('Home', 'More', P1, P2, 'More:', 'Council rejects plan for second ferry terminal', 'Harbour master retires after 30 years', 'Tall ships return to the quay this summer', P3, P4),
      body: [P1, P2, P3, P4],
    },
    {
      name: 'a video player between paragraphs: its labelled title over its running time, and the play button, are dropped',
      dump: page(P1, P2, 'Video: Watch the old bridge swing open for a tall ship', '01:32', 'Play', P3, P4),
      body: [P1, P2, P3, P4],
    },
    {
      name: "a paywall's offer, one sentence under a cue line after the last paragraph, is no paragraph of the article",
      dump: page(P1, P2, P3, 'Read more with Courier Plus', 'Try it for four weeks for £1 and read every subscriber article on the site and in the app.', 'Cancel any time', 'Try now'),
      body: [P1, P2, P3],
    },
    {
      name: 'a last paragraph alone under an ad label stays',
      dump: page(P1, P2, P3, 'Advertisement', P4, 'Most read', 'Harbour master retires after 30 years'),
      body: [P1, P2, P3, P4],
    },
    {
      name: 'key points under a short label over the body, each a short sentence, are no paragraphs of the article',
      dump: page('Harbour council backs new bridge', 'At a glance', 'The council voted nine to two for the new bridge.', 'Work starts in the spring.', P1, P2, P3),
      body: [P1, P2, P3],
    },
    {
      name: 'short one-sentence paragraphs under a share button, as long as the paragraph after them, stay',
      dump: page('Harbour council backs new bridge', 'Share', 'The harbour council voted on Tuesday to rebuild the old swing bridge over the quay.', 'The vote was nine to two after a debate that lasted most of the evening.', 'Engineers said the deck could carry only half of its load, and ferries had to wait outside.', P4),
      body: ['The harbour council voted on Tuesday to rebuild the old swing bridge over the quay.', 'The vote was nine to two after a debate that lasted most of the evening.', 'Engineers said the deck could carry only half of its load, and ferries had to wait outside.', P4],
    },
    {
      name: 'a section heading with a colon over its text stays',
      dump: page(P1, P2, 'The cost: who pays for the new bridge', P3, P4),
      body: [P1, P2, 'The cost: who pays for the new bridge', P3, P4],
    },
    {
      name: 'a "Source:" line after the article credits the report; it is not article text',
      dump: page(P1, P2, P3, P4, 'SOURCE: News agencies'),
      body: [P1, P2, P3, P4],
    },
    {
      name: 'a list introduced by a colon is the article’s own, and stays',
      dump: page(P1, P2, 'The plan includes:', 'A new steel deck', 'Wider footpaths on both sides', 'A lifting span for tall ships', P3, P4),
      body: [P1, P2, 'The plan includes:', 'A new steel deck', 'Wider footpaths on both sides', 'A lifting span for tall ships', P3, P4],
    },
    {
      name: 'a paragraph between an advertisement label and a picture credit is the article’s, not a caption',
      dump: page(P1, 'Advertisement', P2, 'Photo: Getty Images', P3, P4),
      body: [P1, P2, P3, P4],
    },
    {
      name: 'a long unpunctuated caption right above its credit',
      dump: page(P1, 'The mayor, centre in a blue coat, walks across the old swing bridge with engineers and council members after the vote on Tuesday', 'Jane Roe | Getty Images', P2, P3),
      body: [P1, P2, P3],
    },
    {
      name: 'a short punctuated caption right above its credit',
      dump: page(P1, P2, 'Mayor Anna Berg and Engineer Tom Lund in 1998.', 'Photo by John Roe', P3),
      body: [P1, P2, P3],
    },
    {
      name: 'a caption sentence between a date and its credit',
      dump: page('March 3, 2024', 'Ferries wait outside the harbour mouth on a busy morning while the bridge stays shut.', 'Photo: Getty Images', P1, P2, P3),
      body: [P1, P2, P3],
    },
    {
      name: 'a paragraph above a credit (a picture without a caption follows it) is kept',
      dump: page(P1, 'Some of the town’s best harbour views', P2, 'Jane Roe/Gazette', 'The New Footbridge', P3, P4),
      body: [P1, 'Some of the town’s best harbour views', P2, 'The New Footbridge', P3, P4],
    },
    {
      name: 'a headline list after a short "Related" cue inside the article',
      dump: page(P1, P2, 'Related News', 'Ferry fares to rise in January after fuel costs climb', 'Harbour seals return to the estuary in record numbers', P3, P4),
      body: [P1, P2, P3, P4],
    },
    {
      name: 'an author box after the article, in English',
      dump: page('Harbour Council Backs New Swing Bridge', 'By Jane Q. Public', P1, P2, P3, 'About Jane Public', 'Jane Public has covered the harbour and the town council for the Gazette since she moved to the town in 2004.', 'Museum reopens its maritime gallery'),
      body: [P1, P2, P3],
    },
    {
      name: 'an author box after the article, whatever the language of its heading',
      dump: page('Harbour Council Backs New Swing Bridge', 'Von Jane Public am 3. März 2024', P1, P2, P3, 'Über Jane Public', 'Jane Public schreibt seit vielen Jahren über den Hafen und den Stadtrat für die Zeitung der Stadt.', 'Weitere Beiträge zum Thema'),
      body: [P1, P2, P3],
    },
    {
      name: 'a box of links after the article ends it though one headline carries a figure',
      dump: page('Quay Road closed for two weeks', 'March 3, 2024', P1, P2, 'Read also', 'New car park with 300 spaces at the edge of town', 'Ferry timetable changes again for the winter', 'Popular', 'Earthquake of 4.2 off the coast causes no damage', 'Share this'),
      body: [P1, P2],
    },
    {
      name: 'a list of sources with years after the article is the article’s own, and stays',
      dump: page(P1, P2, P3, 'Sources', 'Harbour Council, Annual Report 2023, chapter on the quay', 'Port Authority, Ferry traffic in the harbour, 2022', 'Share this'),
      body: [P1, P2, P3, 'Sources', 'Harbour Council, Annual Report 2023, chapter on the quay', 'Port Authority, Ferry traffic in the harbour, 2022'],
    },
    {
      name: 'a label over phrases the paragraphs say word for word is the article’s tags, not its tail',
      dump: page(P1, P2, P3, 'Keywords:', 'old swing bridge', 'repairs to the quay', 'temporary footbridge', 'Facebook'),
      body: [P1, P2, P3],
    },
    {
      name: 'the writer’s name alone after the last paragraph is a sign-off, not the article',
      dump: page(P1, P2, P3, 'Jane Roe', 'Keywords:', 'old swing bridge', 'repairs to the quay', 'Facebook'),
      body: [P1, P2, P3],
    },
    {
      name: 'a heading in title case as the page’s last line is no sign-off',
      dump: page(P1, P2, P3, 'Further Reading'),
      body: [P1, P2, P3, 'Further Reading'],
    },
    {
      name: 'a label over things the paragraphs do not name is the article’s own list',
      dump: page(P1, P2, P3, 'Bring along:', 'sturdy walking boots', 'a rain jacket', 'a flask of tea', 'Share this'),
      body: [P1, P2, P3, 'Bring along:', 'sturdy walking boots', 'a rain jacket', 'a flask of tea'],
    },
    {
      name: 'a claim quoted over its dated source is not an opening paragraph the article reaches back to',
      dump: page('Harbour bridge claim checked', 'March 3, 2024', '“The new bridge will cost every household in the town a thousand pounds a year.”', 'Posted on Facebook, March 1, 2024', 'Shared 40 thousand times', 'In short', P1, P2, P3),
      body: [P1, P2, P3],
    },
    {
      name: 'a speaker’s label ending in a colon over the first paragraph opens the article',
      dump: page('Home', 'Listen', 'Transcript', 'ANNA KOVAC, HOST:', P1, 'BEN ROE: ' + P2, P3),
      body: ['ANNA KOVAC, HOST:', P1, 'BEN ROE: ' + P2, P3],
    },
    {
      name: 'a button naming a different shop under each item is dropped; the items stay',
      dump: page(P1, 'Harbour Lamp', '£40', P2, 'Buy at Currys', 'Quay Bench', '£120', P3, 'Buy at John Lewis', 'Tide Clock', '£25', P4, 'Buy at Argos', 'Prices were checked on Monday and may change.', 'Share this'),
      body: [P1, 'Harbour Lamp', '£40', P2, 'Quay Bench', '£120', P3, 'Tide Clock', '£25', P4, 'Prices were checked on Monday and may change.'],
    },
    {
      name: 'headings that open with the same word stand over their own paragraph, and stay',
      dump: page(P1, 'Visit The Quay', P2, 'Visit The Bridge', P3, 'Visit The Lighthouse', P4, 'Share this'),
      body: [P1, 'Visit The Quay', P2, 'Visit The Bridge', P3, 'Visit The Lighthouse', P4],
    },
  ])('$name', ({ dump, body }) => {
    expect(texts(dump)).toEqual(body)
  })
})

describe('cleanPage: standfirst and headline copy under the byline', () => {
  it.each([
    {
      name: 'a standfirst under the byline, set apart by a share counter',
      dump: page('Harbour Council Backs New Swing Bridge', 'By Jane Q. Public', 'March 3, 2024', DEK, 'Shares', P1, P2, P3),
      dek: DEK,
      body: [P1, P2, P3],
    },
    {
      name: 'a standfirst under the date, set apart by a dateline label',
      dump: page('Harbour Council Backs New Swing Bridge', 'March 3, 2024', DEK, 'HARBOURTON, NORWAY', P1, P2, P3),
      dek: DEK,
      body: ['HARBOURTON, NORWAY', P1, P2, P3],
    },
    {
      name: 'a standfirst above a second byline',
      dump: page('“The old bridge carries twice the traffic it was ever built for.”', '— Mayor Anna Berg on Sunday, March 3rd, 2024 in a radio interview', DEK, 'By Jane Public on Monday, March 4th, 2024 at 11:08 a.m.', P1, P2, P3),
      title: null,
      dek: DEK,
      body: [P1, P2, P3],
    },
    {
      name: 'a first paragraph under the date, before a section heading, stays in the body',
      dump: page('Harbour Council Backs New Swing Bridge', 'March 3, 2024', P1, 'What the Engineers Found', P2, P3),
      dek: null,
      body: [P1, 'What the Engineers Found', P2, P3],
    },
    {
      name: 'a first paragraph under the headline, before a caption, stays in the body',
      dump: page('Harbour Council Backs New Swing Bridge', P1, 'Photo: Getty Images', P2, P3),
      dek: null,
      body: [P1, P2, P3],
    },
    {
      name: 'a question headline over a shorter standfirst, neither with a stop',
      dump: page('Harbour', 'Will the harbour council really rebuild the old swing bridge this time?', 'The vote ends a decade-long dispute over the crossing', 'By Jane Q. Public', 'March 3, 2024', P1, P2, P3),
      title: 'Will the harbour council really rebuild the old swing bridge this time?',
      dek: 'The vote ends a decade-long dispute over the crossing',
      body: [P1, P2, P3],
    },
    {
      name: 'a breadcrumb printed before the headline is no headline over it',
      dump: page('Home News Harbour Council backs a new swing bridge for the town', 'Council backs a new swing bridge for the town', 'March 3, 2024', DEK, P1, P2, P3),
      title: 'Council backs a new swing bridge for the town',
      dek: null,
      body: [DEK, P1, P2, P3],
    },
    {
      name: 'the headline printed again over the post',
      dump: page('Why did the harbour council back a new swing bridge after all?', '2024-03-03', 'Why did the harbour council back a new swing bridge after all?', P1, P2, P3),
      title: 'Why did the harbour council back a new swing bridge after all?',
      dek: null,
      body: [P1, P2, P3],
    },
  ])('$name', ({ dump, title, dek, body }) => {
    const got = cleanPage(dump)
    if (title !== null) expect(got.title).toBe(title ?? 'Harbour Council Backs New Swing Bridge')
    expect(got.dek).toBe(dek)
    expect(got.body.map((b) => b.text)).toEqual(body)
  })
})

describe('comments headed by a time relative to now, in any language', () => {
  const comment = (name: string, stamp: string, text: string) => [name, stamp, text]
  it.each([
    ['English', ['2 days ago', '3 days ago', '5 days ago']],
    ['Spanish', ['hace 2 días', 'hace 3 días', 'hace una semana']],
    ['Portuguese', ['há 2 dias', 'há 3 dias', 'há 1 semana']],
    ['Italian', ['2 giorni fa', '3 giorni fa', '1 settimana fa']],
    ['French', ['il y a 2 jours', 'il y a 3 jours', 'il y a une semaine']],
    ['German', ['vor 2 Tagen', 'vor 3 Tagen', 'vor einer Woche']],
  ])('%s', (_language, [a, b, c]) => {
    // No label over the thread: only the stamps under each commenter's name show it.
    const dump = page(
      P1, P2, P3,
      ...comment('Lucía', a!, 'What a useful report on the bridge, I had no idea the deck could only carry half of its original load these days.'),
      ...comment('Andrés', b!, 'I cross it every morning on my bike and the ferries really do wait outside the harbour for a long time, it is a mess.'),
      ...comment('Marisa', c!, 'Eighteen months of works sounds optimistic to me, the last repairs on the quay took more than three years to finish.'),
    )
    expect(texts(dump)).toEqual([P1, P2, P3])
  })
})

describe('an explainer of sections, each a long heading over one paragraph', () => {
  it('keeps every section: cards of other stories come under a box label, not after the opening paragraph', () => {
    // Paragraphs of 40 to 45 words, as long as the longer cards' blurbs.
    const sections = [
      ['Why the council changed its mind on the bridge', "For years the council argued that the old swing bridge could be patched, but an engineers' report in March found that the deck could carry only half of its original load, and councillors said they had no choice but to replace it."],
      ['What the new crossing will look like for walkers', 'The new bridge will be wider, with a separate lane for cyclists and a viewing platform over the harbour mouth, and it will still swing open to let the tall ships through during the summer regatta week.'],
      ['How long the works are expected to take in total', 'Work should start in the spring and last about eighteen months, during which a temporary footbridge will keep the two halves of the town connected for pedestrians, although cars will face a long detour.'],
    ]
    const opening = 'The council has finally agreed to replace the old swing bridge. Here is what residents need to know about the plan, the cost and the disruption.'
    const dump = page('Harbour bridge: what happens next', 'By Marta Quinn', 'March 3, 2024', opening, ...sections.flat(), 'Share this')
    expect(texts(dump)).toEqual([opening, ...sections.flat()])
  })
})
