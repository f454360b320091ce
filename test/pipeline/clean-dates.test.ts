/**
 * Header dates in languages chrono has no parser for, read with the month
 * names of date-languages.ts; lines written for this test.
 */
import { describe, expect, it } from 'vitest'
import { datesInLine } from '../../src/pipeline/clean/dates.ts'

describe('datesInLine: a day, a month name and a year in Polish, Turkish, Greek and Hindi', () => {
  it.each([
    ['14 maja 2024, 11:20', '2024-05-14T11:20:00Z'],
    ['Poniedziałek, 3 czerwca 2024', '2024-06-03T00:00:00Z'],
    ['10 Haziran 2024, 09:45', '2024-06-10T09:45:00Z'],
    ['14 Οκτωβρίου 2024, 09:30', '2024-10-14T09:30:00Z'],
    // A time with a zone or "AM"/"PM" is left out: the day alone.
    ['अपडेटेड: 12 मार्च 2024, 10:30 AM IST', '2024-03-12T00:00:00Z'],
  ])('%j -> %s', (line, iso) => {
    expect(datesInLine(line).map((d) => d.iso)).toEqual([iso])
  })
  it.each([
    // A month name of these languages after a number that is no day, or without a year.
    ['31 lutego 2024'],
    ['14 maja'],
    ['Ekim ayında 2024 bütçesi'],
  ])('%j has no date', (line) => {
    expect(datesInLine(line)).toEqual([])
  })
})
