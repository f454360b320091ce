import { describe, expect, it } from 'vitest'
import { newest, normalizeDate, readDate, rfc3339, rfc822 } from '../../src/dates.ts'
import { formatDate, parseDate } from '../../src/worker/dates.ts'
import { Invalid } from '../../src/worker/invalid.ts'

describe('normalizeDate', () => {
  it.each([
    ['2024-11-10', '2024-11-10T00:00:00Z'],
    ['2024-11-10T09:30:00Z', '2024-11-10T09:30:00Z'],
    ['2024-11-10T09:30Z', '2024-11-10T09:30:00Z'],
    ['2024-11-10T09:30:00.123Z', '2024-11-10T09:30:00Z'],
    ['2024-11-10T09:30:00.999Z', '2024-11-10T09:30:00Z'], // dropped, not rounded
    ['2024-11-10T09:30:00+09:00', '2024-11-10T00:30:00Z'],
    ['2024-11-10T01:00:00-0500', '2024-11-10T06:00:00Z'],
    ['2024-11-10T23:30:00-05:00', '2024-11-11T04:30:00Z'],
    ['2024-12-31T23:30:00-01:00', '2025-01-01T00:30:00Z'],
    ['2024-11-10 23:59:59+00:00', '2024-11-10T23:59:59Z'],
    ['2024-11-10t09:30:00z', '2024-11-10T09:30:00Z'],
    // The widest offsets RFC 3339 allows: 09:30 − 23:59 and 09:30 + 23:59.
    ['2024-11-10T09:30:00+23:59', '2024-11-09T09:31:00Z'],
    ['2024-11-10T09:30:00-23:59', '2024-11-11T09:29:00Z'],
    ['2024-02-29', '2024-02-29T00:00:00Z'],
    ['0050-03-01', '0050-03-01T00:00:00Z'], // a year below 100 is that year, not 1950
    [' 2024-11-10 ', '2024-11-10T00:00:00Z'],
    // The ends of the years 0000–9999, reached through an offset.
    ['9999-12-31T22:59:59-01:00', '9999-12-31T23:59:59Z'],
    ['0000-01-01T01:00:00+01:00', '0000-01-01T00:00:00Z'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeDate(input)).toBe(expected)
    expect(readDate(input)).toEqual({ ok: true, iso: expected, day: input.trim().length === 10 })
  })
})

describe('readDate: what is not a date, and why', () => {
  it.each([
    ['next tuesday', 'syntax'],
    ['10/11/2024', 'syntax'],
    ['2024-11-10T09:30:00', 'syntax'], // no offset: which instant is unknown
    ['2024-11-10T09:30:00+9:00', 'syntax'],
    ['2024-11-10T09:30:00+09', 'syntax'],
    ['', 'syntax'],
    ['2024-13-01', 'no-such-day'],
    ['2023-02-29', 'no-such-day'],
    ['2024-04-31', 'no-such-day'],
    ['2024-02-30T10:00:00Z', 'no-such-time'],
    ['2024-11-10T25:00:00Z', 'no-such-time'],
    ['2024-11-10T24:00:00Z', 'no-such-time'],
    ['2024-11-10T23:60:00Z', 'no-such-time'],
    ['2024-11-10T23:59:60Z', 'no-such-time'], // a leap second has no instant in ECMAScript time
    ['2024-11-10T09:30:00-24:00', 'no-such-offset'],
    ['2024-11-10T09:30:00+99:99', 'no-such-offset'],
    ['2024-11-10T09:30:00+23:60', 'no-such-offset'],
    ['2024-11-10T09:30:00+2360', 'no-such-offset'],
    // 9999-12-31T23:59:59 at UTC−1 is 10000-01-01T00:59:59Z; 0000-01-01T00:30 at UTC+1 is in year −1.
    ['9999-12-31T23:59:59-01:00', 'out-of-range'],
    ['0000-01-01T00:30:00+01:00', 'out-of-range'],
  ])('%j: %s', (input, problem) => {
    expect(readDate(input)).toEqual({ ok: false, problem })
    expect(normalizeDate(input)).toBeNull()
  })
})

describe('rfc3339, rfc822, newest', () => {
  it.each([
    [new Date(Date.UTC(2019, 10, 19, 13, 3, 0, 456)), '2019-11-19T13:03:00Z'],
    ['2024-11-10T00:00:00Z', '2024-11-10T00:00:00Z'],
    ['2024-11-10T09:30:00.999+01:00', '2024-11-10T08:30:00Z'],
    // Already in form: the same text, whatever the day of the month.
    ['2024-02-28T23:59:59Z', '2024-02-28T23:59:59Z'],
    ['2024-02-29T12:00:00Z', '2024-02-29T12:00:00Z'],
    ['2024-12-31T23:59:59Z', '2024-12-31T23:59:59Z'],
    ['0000-01-01T00:00:00Z', '0000-01-01T00:00:00Z'],
    // A day the month does not have is carried over as Date carries it, never kept.
    ['2023-02-29T00:00:00Z', '2023-03-01T00:00:00Z'],
    ['2024-04-31T10:00:00Z', '2024-05-01T10:00:00Z'],
  ])('rfc3339(%j) = %s', (instant, expected) => {
    expect(rfc3339(instant)).toBe(expected)
  })

  it.each([
    ['1994-11-06T08:49:37Z', 'Sun, 06 Nov 1994 08:49:37 GMT'], // RFC 9110 §5.6.7's example
    ['2024-11-10T09:30:00Z', 'Sun, 10 Nov 2024 09:30:00 GMT'],
  ])('rfc822(%s) = %s', (iso, expected) => {
    expect(rfc822(iso)).toBe(expected)
  })

  it.each([
    [['2024-11-10T00:00:00Z', '2024-11-12T00:00:00Z', '2024-11-11T23:59:59Z'], '2024-11-12T00:00:00Z'],
    [[], undefined],
  ])('newest(%j) = %s', (dates, expected) => {
    expect(newest(dates)).toBe(expected)
  })
})

describe("the Worker's since and until", () => {
  it.each([
    ['since', '2024-11-10', { from: '2024-11-10T00:00:00Z', to: '2024-11-10T23:59:59Z', day: true }, '2024-11-10'],
    ['until', '2024-11-10', { from: '2024-11-10T00:00:00Z', to: '2024-11-10T23:59:59Z', day: true }, '2024-11-10'],
    ['until', '2024-11-10T09:30:00+09:00', { from: '2024-11-10T00:30:00Z', to: '2024-11-10T00:30:00Z', day: false }, '2024-11-10T00:30:00Z'],
    // The same offset without its colon, as curators' files may write it.
    ['until', '2024-11-10T09:30:00+0900', { from: '2024-11-10T00:30:00Z', to: '2024-11-10T00:30:00Z', day: false }, '2024-11-10T00:30:00Z'],
    // Midnight UTC as a lower bound is the whole day; as an upper bound it is one instant.
    ['since', '2024-11-10T01:00:00+01:00', { from: '2024-11-10T00:00:00Z', to: '2024-11-10T00:00:00Z', day: true }, '2024-11-10'],
    ['until', '2024-11-10T00:00:00Z', { from: '2024-11-10T00:00:00Z', to: '2024-11-10T00:00:00Z', day: false }, '2024-11-10T00:00:00Z'],
  ])('%s=%s', (name, raw, bound, canonical) => {
    expect(parseDate(raw, name)).toEqual(bound)
    expect(formatDate(parseDate(raw, name))).toBe(canonical)
  })

  it.each([
    ['2024-02-30', 'since: "2024-02-30" is not a real date'],
    ['2024-11-10T24:00:00Z', 'since: "2024-11-10T24:00:00Z" is not a real date-time'],
    // Offsets out of range are named as such (not a RangeError from Date).
    ['2024-11-10T09:30:00-24:00', 'since: "2024-11-10T09:30:00-24:00" has a UTC offset out of range; offsets run from -23:59 to +23:59'],
    ['2024-11-10T09:30:00+99:99', 'since: "2024-11-10T09:30:00+99:99" has a UTC offset out of range; offsets run from -23:59 to +23:59'],
    ['2024-11-10T09:30:00+23:60', 'since: "2024-11-10T09:30:00+23:60" has a UTC offset out of range; offsets run from -23:59 to +23:59'],
    // 10000-01-01T00:59:59Z has no four-digit year, so it cannot be written back canonically.
    ['9999-12-31T23:59:59-01:00', 'since: "9999-12-31T23:59:59-01:00" is outside the years 0000 to 9999 once converted to UTC'],
    ['yesterday', 'since: expected YYYY-MM-DD or an RFC 3339 date-time such as 2024-11-10T09:30:00Z'],
  ])('since=%s is refused: %s', (raw, message) => {
    let thrown: unknown
    try {
      parseDate(raw, 'since')
    } catch (error) {
      thrown = error
    }
    expect(thrown).toBeInstanceOf(Invalid)
    expect((thrown as Invalid).message).toBe(message)
  })
})
