import { describe, expect, it } from 'vitest'
import { authorsFromByline } from '../../src/pipeline/clean/byline.ts'
import { hasTrailingCredit, isClockTime, isCountedLabel, isDateOnly } from '../../src/pipeline/clean/signals.ts'

describe('isDateOnly: a line that is a date and nothing else', () => {
  it.each([
    ['Jan 5, 2020', true],
    ['19/11/2019', true],
    ['First published on Nov 20, 2019 01:38 pm', true],
    ['3 hours ago', true],
    // AP style: the time's last stop ends the line.
    ['Updated: March 12, 2024 at 9:02 a.m.', true],
    ['Published: March 12, 2024 at 6:14 p.m. EDT', true],
    // Times relative to now in the cue lists' other languages: header and next-story read them as date lines too.
    ['hace 3 días', true],
    ['há 2 horas', true],
    ['3 giorni fa', true],
    ['il y a 3 jours', true],
    ['vor 2 Tagen', true],
    ['3 dagen geleden', true],
    ['hace 3 días llovió en toda la costa', false],
    ['Amber warning extended to midnight', false],
    ['Posted by Jane', false],
  ])('%j -> %s', (line, expected) => {
    expect(isDateOnly(line)).toBe(expected)
  })
})

describe('authorsFromByline: the people a byline names', () => {
  it.each([
    ['By Jane Doe and John Roe', ['Jane Doe', 'John Roe']],
    ['Por Ana Souza e João Lima | Redação', ['Ana Souza', 'João Lima']],
    // "by" in Swedish and Norwegian (Danish "af").
    ['Av Erik Lindgren', ['Erik Lindgren']],
    ['Af Mette Holm', ['Mette Holm']],
    // The date after a preposition ends the names.
    ['Escrito por Thiago Ramalho em 4 de fevereiro de 2024', ['Thiago Ramalho']],
    ['Von Jonas Weber am 3. März 2024', ['Jonas Weber']],
    // A name alone: header.ts takes it for a byline only beside the date.
    ['Margaret Osei', ['Margaret Osei']],
    ['Staff Reporter', []],
    ['Av de 200 anställda', []],
  ])('%j -> %j', (line, expected) => {
    expect(authorsFromByline(line)).toEqual(expected)
  })
})

describe('isClockTime: a live blog entry stamp, not a list number or a price', () => {
  it.each([
    ['15:58', true],
    ['9.05am', true],
    ['17h40', true],
    ['18:20 Uhr', true],
    ['kl. 14.02', true],
    ['16:45 GMT', true],
    ['3', false],
    ['9.99 USD', false],
    ['15:58 Trains cancelled', false],
  ])('%j -> %s', (line, expected) => {
    expect(isClockTime(line)).toBe(expected)
  })
})

describe('isCountedLabel: a box label over the count of its items', () => {
  it.each([
    ['Komentarze (14)', true],
    ['Reacties (27)', true],
    ['Aliran Islam (160)', true],
    ['Comments0', false],
    ['(14)', false],
    ['Meal 1', false],
    ['The vote was 12 to 3 (15)', false],
  ])('%j -> %s', (line, expected) => {
    expect(isCountedLabel(line)).toBe(expected)
  })
})

describe('hasTrailingCredit: a caption closed by its credit', () => {
  it.each([
    ['The lighthouse seen from the harbour at dusk. Photograph: Priya Raman', true],
    // Any language's word for a picture: a sentence, one word, a colon and a full name.
    ['Xe buýt mới trên tuyến sân bay - Hội An. Ảnh: Minh Quân', true],
    ['Ο νέος δρόμος στο λιμάνι. Φωτογραφία: Νίκος Παπαδάκης', true],
    // A paragraph that names someone after a colon is no caption: no sentence before the label, or no full name after it.
    ['The mayor gave her answer: Maria Lopez will lead the project.', false],
    ['He was asked what comes next. Answer: Yes', false],
  ])('%j -> %s', (line, expected) => {
    expect(hasTrailingCredit(line)).toBe(expected)
  })
})
