/**
 * francCode gives franc-min's own answer (the library is the reference here,
 * not our output), on written sentences and on generated text of every script
 * franc tells apart, short and long, with digits, punctuation and spaces.
 */
import fc from 'fast-check'
import { franc } from 'franc-min'
import { describe, expect, it } from 'vitest'
import { francCode } from '../../src/pipeline/metadata/franc-code.ts'

const MIN = 50

describe('francCode', () => {
  it.each([
    ['English', 'The council said on Monday that the new bridge over the river would open to traffic next spring.', 'eng'],
    ['German', 'Der Vorstand der Bahn kündigte am Montag an, dass die Preise im nächsten Jahr wieder steigen werden.', 'deu'],
    ['Portuguese', 'O governo anunciou nesta segunda-feira que a nova ponte sobre o rio será aberta ao trânsito na primavera.', 'por'],
    ['Spanish', 'El gobierno anunció el lunes que el nuevo puente sobre el río se abrirá al tráfico la próxima primavera.', 'spa'],
    ['Russian', 'Правительство объявило в понедельник, что новый мост через реку откроется для движения следующей весной.', 'rus'],
    ['too short to tell', 'The council met.', 'und'],
    ['no letters', '1234567890 — 1234567890 — 1234567890 — 1234567890 — 1234567890', 'und'],
  ])('%s', (_, text, code) => {
    expect(francCode(text, MIN)).toBe(code)
    expect(franc(text, { minLength: MIN })).toBe(code)
  })

  it('reads only the first 2,048 characters, as franc does', () => {
    const english = 'The council said the bridge would open next spring. '.repeat(40)
    const german = 'Der Vorstand kündigte an, dass die Preise wieder steigen werden. '.repeat(40)
    expect(english.length).toBeGreaterThan(2048)
    expect(francCode(english + german, MIN)).toBe('eng')
    expect(francCode(english + german, MIN)).toBe(franc(english + german, { minLength: MIN }))
  })

  it('answers as franc does on generated text in any script, of any length', () => {
    const pieces = [
      'the ', 'and ', 'der ', 'und ', 'que ', 'los ', 'della ', 'ção ', 'über ', 'é ', 'ñ', 'ß', 'ø', 'ł', 'ş', 'ă',
      'и ', 'что ', 'не ', 'ї', 'في ', 'من ', 'है ', 'और ', '的', '是', 'の', 'は', '한국', '는 ', 'ก', 'α', 'ש',
      'a', 'e', 'o', 'n', 's', 't', ' ', '  ', '\n', '\t', '.', ',', '!', '"', '3', '2024', '$', '%', '@', '—',
    ]
    const text = fc.array(fc.constantFrom(...pieces), { maxLength: 900 }).map((parts) => parts.join(''))
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 60 }), (value, minLength) => {
        expect(francCode(value, minLength)).toBe(franc(value, { minLength }))
      }),
      { numRuns: 400 },
    )
  })
})
