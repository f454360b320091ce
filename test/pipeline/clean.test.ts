import { describe, expect, it } from 'vitest'
import { cleanPage } from '../../src/pipeline/clean.ts'

// Hand-written article paragraphs about an invented story; each case below
// wraps them in one kind of page furniture and states what must survive.
const P1 =
  'The harbour council voted on Tuesday to rebuild the old swing bridge, ending a dispute that had split the town for more than a decade and delayed repairs to the quay.'
const P2 =
  'Engineers told the meeting that the existing deck could carry only half of its original load, and that ferries had been forced to wait outside the harbour on busy mornings.'
const P3 =
  'Work is expected to start in the spring and to last about eighteen months, during which a temporary footbridge will keep the two halves of the town connected for pedestrians.'
const P4 =
  'Several shop owners on the quay said they welcomed the decision but worried that the building work would keep visitors away during the summer season.'
const DEK = 'The vote ends a decade-long dispute over the crossing that splits the town in two.'
const ONE_SENTENCE = 'The council will vote on the budget again in March.'

const page = (...lines: string[]) => lines.join('\n\n')
const texts = (text: string) => cleanPage(text).body.map((b) => b.text)

describe('cleanPage body: furniture dropped, article kept once and in order', () => {
  it.each([
    {
      name: 'skip links and a navigation menu before the headline',
      dump: page('Skip to content', 'Home', 'News', 'Sport', 'Weather', 'Harbour council backs new swing bridge', P1, P2, P3),
      body: [P1, P2, P3],
    },
    {
      name: 'a mid-article headline of another story, repeated with a section prefix',
      dump: page(P1, P2, 'Storm closes ferry routes along the northern coast for a second day', 'World Storm closes ferry routes along the northern coast for a second day', P3, P4),
      body: [P1, P2, P3, P4],
    },
    {
      name: 'a photo caption repeated with its credit, and a cover-photo credit',
      dump: page(P1, 'The old swing bridge seen from the quay on Tuesday morning before the vote.', 'The old swing bridge seen from the quay on Tuesday morning before the vote.  © via REUTERS', P2, P3, 'Cover photo: via REUTERS'),
      body: [P1, P2, P3],
    },
    {
      name: 'a caption closed by a credit in square brackets, and a credit labelled in another language',
      dump: page(P1, 'The old swing bridge seen from the quay on Tuesday morning [File: Reuters]', P2, P3, 'Foto: Ana Lima / Prefeitura', P4),
      body: [P1, P2, P3, P4],
    },
    {
      name: 'the next story loaded under the article: an ad, then a headline over a byline and a date',
      dump: page(P1, P2, P3, 'Advertisement', 'Ferry operator adds a late crossing for the summer season', 'By John Roe', 'March 4, 2024', P4),
      body: [P1, P2, P3],
    },
    {
      name: 'a dated section heading inside the article, with no box before it',
      dump: page(P1, P2, 'What happens next for the old bridge', 'March 4, 2024', P3, P4),
      // (A date alone on its line is never kept: it is a stamp, not text.)
      body: [P1, P2, 'What happens next for the old bridge', P3, P4],
    },
    {
      name: 'a note about the author, named as in the byline, after the last paragraph',
      dump: page('Harbour Council Backs New Swing Bridge', 'By Marta Quinn', P1, P2, P3, P4, "Marta Quinn's book about the town's harbours is out now. Follow her on Mastodon."),
      body: [P1, P2, P3, P4],
    },
    {
      name: "a company's description after a release about it, and a sponsor's label between paragraphs",
      dump: page('Quayside Ferries Orders Two Electric Boats', P1, 'Sponsored content', P2, P3, 'Quayside Ferries is a family-owned operator running six routes across the estuary since 1952.'),
      body: [P1, P2, P3],
    },
    {
      name: 'a closing sentence saying what something the headline does not name is',
      dump: page('Quayside Ferries Orders Two Electric Boats', P1, P2, P3, 'Bridgeport is a town of about 12,000 people on the north bank of the estuary.'),
      body: [P1, P2, P3, 'Bridgeport is a town of about 12,000 people on the north bank of the estuary.'],
    },
    {
      name: 'key points over the article that its paragraphs say again',
      dump: page('Harbour Council Backs New Swing Bridge', 'By Marta Quinn', 'KEY POINTS', 'The harbour council voted to rebuild the old swing bridge, ending a dispute that had split the town.', 'Work is expected to start in the spring and to last about eighteen months.', P1, P2, P3),
      body: [P1, P2, P3],
    },
    {
      name: 'one opening line that the article says again: a lede, kept',
      dump: page('Harbour Council Backs New Swing Bridge', 'By Marta Quinn', 'The harbour council voted to rebuild the old swing bridge, ending a dispute that had split the town.', P2, P1, P3),
      body: ['The harbour council voted to rebuild the old swing bridge, ending a dispute that had split the town.', P2, P1, P3],
    },
    {
      name: "a gallery's position counter and its buttons after the last paragraph",
      dump: page(P1, P2, P3, '1 - 5 of 36', 'NEXT PREV', 'Harbour views through the seasons', '2 de 12'),
      body: [P1, P2, P3],
    },
    {
      name: 'a numbered "Popular Now" list with category labels',
      dump: page(P1, P2, P3, 'Popular Now', '• 1\n    Council Approves New Budget After Long Debate', 'BUSINESS', '• 2\n    Local Team Wins Championship in Overtime Thriller', 'SPORTS', '• 3\n    Museum Reopens Its Maritime Gallery After Repairs', 'CULTURE'),
      body: [P1, P2, P3],
    },
    {
      name: 'a button label, an author with a social handle and a "first published" line among the paragraphs',
      dump: page(P1, P2, 'Jane Roe @janeroe', P3, 'Close', P4, 'First Published on Nov 20, 2019 01:38 pm'),
      body: [P1, P2, P3, P4],
    },
    {
      name: 'a page with no headline whose first paragraph stands above the byline',
      dump: page(P1, 'By Jane Roe', P2, P3, P4),
      body: [P1, P2, P3, P4],
    },
    {
      name: 'ad template code between paragraphs',
      dump: page(P1, "//= do_shortcode('[get-ad-best-list slot_number=2725]'); ?>", P2, P3),
      body: [P1, P2, P3],
    },
    {
      name: 'a one-sentence paragraph between long ones',
      dump: page(P1, P2, ONE_SENTENCE, P3),
      body: [P1, P2, ONE_SENTENCE, P3],
    },
    {
      name: 'an author footer with an e-mail address and a comment counter',
      dump: page(P1, P2, P3, 'Jane Public', 'jane.public@example.org', 'Comments0', '300', 'Comments0'),
      body: [P1, P2, P3],
    },
    {
      name: 'a paywall prompt after a teaser paragraph',
      dump: page(P1, P2, 'TO READ THE FULL STORY', 'SUBSCRIBE', 'SIGN IN', 'Most Popular Articles', 'Ten Places to Travel Before Everyone Else Does', 'Beware the Gift Card Scam'),
      body: [P1, P2],
    },
    {
      name: 'a share bar, a cookie banner and a newsletter prompt after the article',
      dump: page(P1, P2, P3, 'Share this:', 'Facebook', 'Twitter', 'Sign up for our newsletter and get the latest news in your inbox.', 'This website uses cookies to improve your experience. By continuing to browse you accept our use of cookies.'),
      body: [P1, P2, P3],
    },
    {
      name: 'a reader comment thread after the article',
      dump: [P1, P2, P3, '3 responses to “Harbour council backs new swing bridge”', 'harbourfan says:', 'November 19, 2019 at 6:34 am', 'About time they fixed that bridge, it has been falling apart for years.', 'quaysider says:', 'November 19, 2019 at 6:44 am', 'Who is going to pay for all of this? Not the council, that is for sure.', 'oldsalt says:', 'November 19, 2019 at 7:02 am', 'I remember when the bridge still swung open for the tall ships every summer.'].join('\n'),
      body: [P1, P2, P3],
    },
    {
      name: 'a story list with teasers after a "More from" cue',
      dump: page(P1, P2, P3, 'More from the Gazette', 'Museum reopens its maritime gallery', 'The gallery had been closed for two years while the roof was repaired and the collection catalogued again.', 'Ferry fares to rise in January', 'The operator blamed fuel costs and said season tickets would be frozen until the end of the year.', 'Harbour seals return to the estuary', 'Volunteers counted more than forty seals on the sandbanks last weekend, the highest number in a decade.'),
      body: [P1, P2, P3],
    },
    {
      name: 'a newsletter box inside a long article, with the article going on after it',
      dump: page(P1, P2, 'Newsletter', 'Get the Harbour Gazette delivered to your inbox', 'Sign up', P3, P4, ONE_SENTENCE),
      body: [P1, P2, P3, P4, ONE_SENTENCE],
    },
    {
      name: 'an image caption twice, once cut short, above the article',
      dump: page('Harbour Council Backs New Swing Bridge', 'Council members inspect the old swing bridge on the quay in the rain on Tuesday morning before the vote was taken.', 'Council members inspect the old swing bridge on the quay in the rain on Tuesday morning before…', 'Image 1 of 8', P1, P2, P3),
      body: [P1, P2, P3],
    },
    {
      name: 'a structured tail (times and prices) kept up to the share bar',
      dump: page(P1, P2, P3, 'Opening times', 'Tue – Sat 10am to 4pm (closed on Sun & Mon)', 'Adults: £6.50', 'Children under 12: free', 'Share this entry', 'Share on Facebook', 'Share on Twitter'),
      body: [P1, P2, P3, 'Opening times', 'Tue – Sat 10am to 4pm (closed on Sun & Mon)', 'Adults: £6.50', 'Children under 12: free'],
    },
    {
      name: 'a run of other stories’ headlines straight after the article',
      dump: page(P1, P2, P3, 'Museum reopens its maritime gallery after repairs', 'Ferry operator raises fares for the winter timetable', 'Harbour seals return to the estuary in record numbers', 'Home', 'Contact'),
      body: [P1, P2, P3],
    },
  ])('$name', ({ dump, body }) => {
    expect(texts(dump)).toEqual(body)
  })
})

describe('cleanPage blocks', () => {
  const HEADING = 'What the Engineers Found'
  const blocks = [
    { type: 'p', text: P1 },
    { type: 'h', text: HEADING },
    { type: 'p', text: P2 },
    { type: 'p', text: P3 },
  ]

  it('keeps a short section heading between paragraphs as a heading', () => {
    expect(cleanPage(page(P1, HEADING, P2, P3)).body).toEqual(blocks)
  })

  it('reads each line as a paragraph in a dump without blank lines', () => {
    expect(cleanPage([P1, HEADING, P2, P3].join('\n')).body).toEqual(blocks)
  })

  it('reads CRLF line ends like LF', () => {
    expect(cleanPage([P1, HEADING, P2, P3].join('\r\n\r\n')).body).toEqual(blocks)
  })

  it('returns an empty body for a page of furniture only', () => {
    expect(cleanPage(page('Home', 'News', 'Sport', 'Subscribe', 'Sign In', '© 2024 Example Media')).body).toEqual([])
  })
})

describe('cleanPage header', () => {
  it('reads headline, standfirst, byline and the publication date with its time zone', () => {
    const dump = [
      'Home', 'World', 'Business', 'SHARE',
      'Harbour Council Backs New Swing Bridge',
      'The vote ends a decade-long dispute over the crossing that splits the town in two.',
      'By Jane Q. Public and John Roe',
      'Nov. 19, 2019 8:03 am ET',
      '', P1, '', P2, '', P3,
    ].join('\n')
    const got = cleanPage(dump)
    expect(got.title).toBe('Harbour Council Backs New Swing Bridge')
    expect(got.dek).toBe('The vote ends a decade-long dispute over the crossing that splits the town in two.')
    expect(got.authors).toEqual(['Jane Q. Public', 'John Roe'])
    // 8:03 EST (UTC−5 in November) is 13:03 UTC.
    expect(got.published).toBe('2019-11-19T13:03:00Z')
    expect(got.body.map((b) => b.text)).toEqual([P1, P2, P3])
  })

  it('takes an unpunctuated sentence under the headline as the standfirst', () => {
    const got = cleanPage(page('Harbour Council Backs New Swing Bridge', 'A vote on the old crossing ends a dispute that has split the town for a decade', P1, P2))
    expect(got.title).toBe('Harbour Council Backs New Swing Bridge')
    expect(got.dek).toBe('A vote on the old crossing ends a dispute that has split the town for a decade')
    expect(got.body.map((b) => b.text)).toEqual([P1, P2])
  })

  it.each([
    ['a date alone', 'March 3, 2024', '2024-03-03T00:00:00Z'],
    ['the first publication, not the update', 'Published March 3, 2024 | Updated March 4, 2024 10:00 GMT', '2024-03-03T00:00:00Z'],
    ['a byline with a date and zone', 'Chris Davies - Nov 19, 2019, 10:31 pm CST', '2019-11-20T04:31:00Z'],
  ])('reads %s in the header', (_name, line, iso) => {
    expect(cleanPage(page('Harbour Council Backs New Swing Bridge', line, P1, P2, P3)).published).toBe(iso)
  })

  // Pages in other languages: a headline in sentence case over a longer
  // standfirst, "by" in the page's language, and a numeric date read day first.
  it.each([
    {
      language: 'Portuguese',
      lines: ['Câmara aprova a reforma da ponte antiga', 'A votação encerra uma disputa de dez anos sobre a travessia que divide a cidade ao meio', 'Por Mariana Albuquerque e João Lima', '03/06/2024 às 18h42'],
      paragraphs: [
        'A câmara municipal aprovou na terça-feira a reconstrução da velha ponte giratória, pondo fim a uma disputa que dividia a cidade havia mais de uma década.',
        'Os engenheiros disseram aos vereadores que o tabuleiro atual só aguenta metade da carga original e que as balsas tiveram de esperar fora do porto nas manhãs mais movimentadas.',
        'As obras devem começar na primavera e durar cerca de dezoito meses, período em que uma passarela provisória manterá as duas margens ligadas para os pedestres.',
      ],
      authors: ['Mariana Albuquerque', 'João Lima'],
    },
    {
      language: 'Italian',
      lines: ['Il consiglio approva il nuovo ponte girevole', 'Il voto chiude una disputa durata dieci anni sul passaggio che divide in due la città', 'di Giulia Bernardi', '03/06/2024 ore 09:12'],
      paragraphs: [
        'Il consiglio comunale ha approvato martedì la ricostruzione del vecchio ponte girevole, chiudendo una disputa che divideva la città da più di dieci anni.',
        'I tecnici hanno spiegato che l\'impalcato attuale regge soltanto metà del carico originale e che i traghetti hanno dovuto attendere fuori dal porto nelle mattine di punta.',
        'I lavori dovrebbero cominciare in primavera e durare circa diciotto mesi, durante i quali una passerella provvisoria terrà collegate le due sponde per i pedoni.',
      ],
      authors: ['Giulia Bernardi'],
    },
    {
      language: 'German',
      lines: ['Stadtrat beschließt Neubau der Drehbrücke', 'Die Abstimmung beendet einen zehnjährigen Streit über den Übergang, der die Stadt in zwei Hälften teilt', 'Von Jonas Weber', '03.06.2024, 16:20 Uhr'],
      paragraphs: [
        'Der Stadtrat hat am Dienstag den Neubau der alten Drehbrücke beschlossen und damit einen Streit beendet, der die Stadt seit mehr als zehn Jahren gespalten hatte.',
        'Die Ingenieure erklärten in der Sitzung, dass die bestehende Fahrbahn nur noch die Hälfte ihrer ursprünglichen Last tragen könne und Fähren morgens vor dem Hafen warten mussten.',
        'Die Arbeiten sollen im Frühjahr beginnen und etwa achtzehn Monate dauern, während eine provisorische Fußgängerbrücke die beiden Hälften der Stadt verbindet.',
      ],
      authors: ['Jonas Weber'],
    },
  ])('reads the header of a page in $language', ({ lines, paragraphs, authors }) => {
    const got = cleanPage(page('Início', 'Cidade', ...lines, ...paragraphs))
    expect(got.title).toBe(lines[0])
    expect(got.dek).toBe(lines[1])
    expect(got.authors).toEqual(authors)
    // Day first: the 3rd of June, not the 6th of March.
    expect(got.published?.slice(0, 10)).toBe('2024-06-03')
    expect(got.body.map((b) => b.text)).toEqual(paragraphs)
  })

  it.each([
    ['a sentence that opens with "Von der"', 'Von der Leyen sagte am Montag in Brüssel, die Kommission werde den Plan prüfen.'],
    ['a sentence that opens with "Di"', 'Di Maio ha detto che il governo valuterà la proposta entro la fine del mese.'],
    ['"Por" before a common word', 'Por isso a prefeitura decidiu adiar a obra para o segundo semestre do ano.'],
  ])('keeps %s as text, not as a byline', (_name, sentence) => {
    expect(texts(page(sentence, P1, P2))).toEqual([sentence, P1, P2])
  })

  it.each([
    ['under the date, before the first paragraph', ['Harbour Council Backs New Swing Bridge', DEK, 'By Jane Roe', 'March 3, 2024', DEK, P1, P2, P3]],
    ['right under the standfirst', ['Harbour Council Backs New Swing Bridge', DEK, DEK, 'By Jane Roe', 'March 3, 2024', P1, P2, P3]],
  ])('keeps the standfirst when the page prints it again as a caption %s', (_where, lines) => {
    const got = cleanPage(page('Home', 'News', ...lines))
    expect(got.dek).toBe(DEK)
    expect(got.body.map((b) => b.text)).toEqual([P1, P2, P3])
  })

  it("does not take the site's name for the headline because the copyright notice repeats it", () => {
    const got = cleanPage(page('The Harbour Blog', 'Home', 'Posts', 'About', 'Harbour Council Backs New Swing Bridge', 'Marta Quinn', P1, P2, P3, 'Recent posts', '© 2024 The Harbour Blog'))
    expect(got.title).toBe('Harbour Council Backs New Swing Bridge')
  })

  it('never takes the publication date from a sentence about another event', () => {
    const body = 'The old bridge was opened on June 19, 1924, by the mayor, and it has swung open for ships every summer since then.'
    const got = cleanPage(page('Harbour Council Backs New Swing Bridge', body, P1, P2))
    expect(got.published).toBeNull()
  })

  it('has no title, authors or date when the dump is body text only', () => {
    const got = cleanPage([P1, P2, P3].join('\n'))
    expect(got).toMatchObject({ title: null, dek: null, authors: [], published: null, source: null, dateline: null })
  })
})

describe('cleanPage source and dateline', () => {
  it.each([
    {
      name: 'a place and region before a dash',
      first: 'Pyongyang, North Korea - A treaty on a comprehensive strategic partnership between the two countries has come into force, state media reported on Thursday.',
      dateline: 'PYONGYANG',
      source: null,
    },
    {
      name: 'a wire credit in the dateline',
      first: 'SEOUL (Reuters) - North Korea said on Thursday that the treaty had come into force after ratification documents were exchanged in Moscow on Wednesday.',
      dateline: 'SEOUL',
      source: 'Reuters',
    },
    {
      name: 'no dateline',
      first: P1,
      dateline: null,
      source: null,
    },
  ])('$name', ({ first, dateline, source }) => {
    const got = cleanPage(page(first, P2, P3))
    expect(got.dateline).toBe(dateline)
    expect(got.source).toBe(source)
    // The dateline stays in the paragraph: the body is verbatim.
    expect(got.body[0]!.text).toBe(first)
  })

  it.each([
    ['an outlet address', 'newsdesk@harbourherald.example', 'harbourherald.example'],
    ['a public mail provider says nothing about the outlet', 'marta.quinn@gmail.com', null],
  ])('takes the source from an author e-mail footer: %s', (_name, email, source) => {
    const got = cleanPage(page(P1, P2, P3, 'Marta Quinn', email))
    expect(got.source).toBe(source)
    expect(got.body.map((b) => b.text)).toEqual([P1, P2, P3])
  })

  it('names the holder of the footer copyright notice as the source', () => {
    const got = cleanPage(page(P1, P2, P3, 'Privacy Policy', 'Copyright ©2019 Dow Jones & Company, Inc. All Rights Reserved.'))
    expect(got.source).toBe('Dow Jones & Company')
  })
})
