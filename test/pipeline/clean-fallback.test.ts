/**
 * Never nothing: a page whose article the rules do not recognise still gives
 * its best prose region, with a warning, rather than an empty body.
 */
import { describe, expect, it } from 'vitest'
import { cleanPage } from '../../src/pipeline/clean.ts'

const WARNING = 'kept the best prose region: no article body recognised'

const STORM = [
  'The coastguard says two fishing boats have been towed back to harbour and their crews are safe.',
  'Trains between the two cities are cancelled for the rest of the day after a tree fell on the line.',
  'Schools in the north of the county have closed early so that children can get home before the worst of the wind.',
]
const TELEX = [
  'THE OLD CHAIN FERRY ACROSS THE RIVER CARRIED ITS LAST PASSENGERS ON SUNDAY AFTER NINETY YEARS.',
  'ENGINEERS SAID THE HULL HAD RUSTED BEYOND REPAIR AND A FOOTBRIDGE WOULD OPEN NEXT SPRING.',
]

describe('cleanPage falls back to the best prose region', () => {
  it.each([
    {
      // A clock time over every entry is a live blog's stamp (signals.ts isClockTime), no list of cards with their dates: recognised, no fallback.
      name: 'live blog: a time stamp over every entry',
      page: ['Live: storm updates', 'Home', 'News', '10:42 GMT', STORM[0], '10:15 GMT', STORM[1], '09:58 GMT', STORM[2], 'Share this', 'Most read'],
      body: STORM,
      warning: undefined,
    },
    {
      // Capitals only: no line has the lower-case words of prose.
      name: 'wire copy in capitals',
      page: ['Home', 'Wire', 'FERRY SERVICE TO END AFTER NINETY YEARS', ...TELEX, 'Share this'],
      body: TELEX,
      warning: WARNING,
    },
    {
      name: 'an article the rules recognise: no fallback, no warning',
      page: ['Home', 'News', 'Storm closes schools and stops trains', STORM[0], STORM[1], STORM[2], 'Share this', 'Most read'],
      body: STORM,
      warning: undefined,
    },
    {
      name: 'furniture only: nothing to fall back to',
      page: ['Home', 'News', 'Sport', 'Sign in', 'Subscribe', 'Share this', 'Most read', 'Accept cookies'],
      body: [],
      warning: undefined,
    },
  ])('$name', ({ page, body, warning }) => {
    const cleaned = cleanPage(page.join('\n'))
    expect(cleaned.body.map((b) => b.text)).toEqual(body)
    expect(cleaned.warning).toBe(warning)
  })
})
