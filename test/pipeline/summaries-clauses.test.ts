import { describe, expect, it } from 'vitest'
import type { Block } from '../../src/model.ts'
import { summarize } from '../../src/pipeline/summaries.ts'
import { withinWords } from '../../src/pipeline/summaries/clauses.ts'

describe('withinWords: a sentence cut before its trailing clauses until it fits', () => {
  const long = 'Just under a quarter of the entries got top grades this year, down from last year, when teachers set the grades instead of exams.' // 25 words
  it.each([
    ['already short enough: unchanged', long, 25, long],
    ['a trailing "when" clause goes', long, 20, 'Just under a quarter of the entries got top grades this year, down from last year.'], // 16 words
    [
      'a trailing "which" clause goes',
      'The council will close the old bridge over the river in March, which was built in 1880 for carts.', // 19 words
      15,
      'The council will close the old bridge over the river in March.',
    ],
    [
      'clauses go from the end, one at a time, until it fits',
      'The ferry left the port at noon with two hundred people aboard, who had waited for hours, while the storm grew.', // 21 words
      17,
      'The ferry left the port at noon with two hundred people aboard, who had waited for hours.', // 17 words
    ],
    [
      'further clauses go when one is not enough',
      'The ferry left the port at noon with two hundred people aboard, who had waited for hours, while the storm grew.',
      12,
      'The ferry left the port at noon with two hundred people aboard.', // 12 words
    ],
    [
      '"but" before a new subject opens a clause',
      'There is no danger to the people who live below the dam, but the authority has plans to move them.', // 20 words
      15,
      'There is no danger to the people who live below the dam.',
    ],
    ['"but" before a phrase is the point: no cut', 'The outage was not the result of an attack on the bank, but of a faulty software update.', 12, null],
    ['no clause to cut', 'The new tram line from the city centre to the airport opens to passengers on the first of June.', 12, null],
    ['too few words would remain', 'Nobody was hurt in the fire, which started in a kitchen on the third floor.', 5, null],
    ['a sentence with quotation marks is left whole', 'The mayor called the plan "a disgrace" at the meeting, which ended in uproar after an hour.', 10, null],
    ['a question is left whole', 'Will the town ever get its bridge back, which closed in the spring after the floods?', 10, null],
    [
      'a trailing "because" clause goes',
      'Patients should keep taking their tablets until they see a doctor, because stopping suddenly is more dangerous.', // 17 words
      12,
      'Patients should keep taking their tablets until they see a doctor.', // 11 words
    ],
    [
      '", and" after a clause opens another: it goes',
      'The deal gives drivers a rise of 7 percent this year, and a one-off payment of 1,500 for the strike.', // 20 words
      12,
      'The deal gives drivers a rise of 7 percent this year.', // 11 words
    ],
    [
      '", and" closing a list of short items stays',
      'The new budget closes six libraries and cuts hours at pools, parks, and museums across the city.', // 17 words
      12,
      null,
    ],
    [
      'the weekday goes first, and alone it may be enough',
      'The regulator said on Friday that the airline must write to every passenger it left stranded last summer.', // 18 words
      16,
      'The regulator said that the airline must write to every passenger it left stranded last summer.', // 16 words
    ],
    [
      'a weekday before a comma stays (it may be all the verb has): the clause after it goes',
      'The attack on the hospital computers began early on Monday, when staff found they could not open records.', // 18 words
      12,
      'The attack on the hospital computers began early on Monday.', // 10 words
    ],
    [
      'the weekday and then a clause',
      'The strike ends late on Tuesday night after nineteen hours of talks, when the union agreed to a deal.', // 19 words
      12,
      'The strike ends after nineteen hours of talks.', // 8 words
    ],
  ])('%s', (_case, sentence, maxWords, expected) => {
    expect(withinWords(sentence, maxWords)).toBe(expected)
  })
})

describe('summarize: a follow-up too long beside the lede comes second cut, or whole when it fits', () => {
  const p = (text: string): Block => ({ type: 'p', text })
  const exams = {
    title: 'Exam results',
    lede: 'Top grades in school exams fell for the second year in a row as marking returned to its old standards.', // 20 words
    followUp: 'About a quarter of all entries got an A or better, down from a third last year, when teachers set the grades.', // 22 words
    background: [
      'The exams board said the marking standards were the same as the marking standards before.',
      'Marking standards for school exams are set by the exams board every year.',
    ],
  }
  const strike = {
    title: 'Rail strike ends',
    // 31 words: a news lede as agencies write them.
    lede: 'A national rail strike that has stopped most trains for three weeks will end on Friday after the union and the state railway agreed a new pay deal in overnight talks.',
    // 31 words: whole it does not fit beside the lede in 50.
    followUp:
      'The union said on Tuesday that the deal gives drivers and guards a rise of 7 percent this year, and a one-off payment of 1,500 for the months of the dispute.',
    background: [
      'Rail strikes in the country have been rare since the railway was founded in 1921.',
      'Drivers and guards last went on strike over pay in 1994, for two days.',
    ],
  }
  it.each([
    // 20 + 22 > 40; cut before ", when…" it has 17 words, and 20 + 17 ≤ 40.
    ['cut before ", when…"', exams, 40, 'About a quarter of all entries got an A or better, down from a third last year.'],
    ['whole when it fits whole', exams, 42, exams.followUp],
    // 31 + 31 > 50; without "on Tuesday" 29, still too long; before ", and…" 17, and 31 + 17 ≤ 50.
    ['without its weekday and cut before ", and…"', strike, 50, 'The union said that the deal gives drivers and guards a rise of 7 percent this year.'],
  ])('%s', (_case, story, maxWords, second) => {
    const body = [story.lede, story.followUp, ...story.background].map(p)
    expect(summarize({ title: story.title, body }, { maxWords, maxSentences: 2 })).toBe(`${story.lede} ${second}`)
  })
})
