import { describe, expect, it } from 'vitest'
import { withoutAttribution } from '../../src/pipeline/summaries/attribution.ts'
import { boilerplateReason } from '../../src/pipeline/summaries/boilerplate.ts'
import { REPORTING_VERBS } from '../../src/pipeline/summaries/reporting-verbs.ts'

describe('withoutAttribution', () => {
  it.each([
    ['a trailing "officials said"', 'Ferry crews walked off the job on Tuesday after pay talks collapsed, officials said.', 'Ferry crews walked off the job on Tuesday after pay talks collapsed.'],
    ['a trailing attribution with its day', 'The bridge will stay shut for six weeks while engineers check its cables, the council said on Monday.', 'The bridge will stay shut for six weeks while engineers check its cables.'],
    ['a trailing "according to"', 'Sales of new cars fell by a fifth in the first half of the year, according to figures published on Thursday.', 'Sales of new cars fell by a fifth in the first half of the year.'],
    ['a trailing "told reporters"', 'The talks will resume in the capital next week with both sides at the table, the envoy told reporters.', 'The talks will resume in the capital next week with both sides at the table.'],
    [
      'an attribution between commas after the main clause',
      'The museum will close for a year while it is rebuilt, its trustees said on Monday, forcing the city to move its collection to a warehouse.',
      'The museum will close for a year while it is rebuilt, forcing the city to move its collection to a warehouse.',
    ],
    ['a quotation keeps its speaker', '"We will not accept this offer, and we will strike again," the union leader said.', '"We will not accept this offer, and we will strike again," the union leader said.'],
    ['a sentence with a quoted phrase is left whole', 'The minister called the report "deeply flawed" and ordered a new inquiry, aides said.', 'The minister called the report "deeply flawed" and ordered a new inquiry, aides said.'],
    ['too few words would remain', 'Nobody was hurt, police said.', 'Nobody was hurt, police said.'],
    ['an attribution with a long subject stays', 'The plant will close, the chief executive of the regional arm of the group that owns it said.', 'The plant will close, the chief executive of the regional arm of the group that owns it said.'],
    ['"said" inside the main clause is not an attribution', 'The company said it would cut 400 jobs at its two factories in the north by the end of the year.', 'The company said it would cut 400 jobs at its two factories in the north by the end of the year.'],
    ['another language keeps its sentence', 'Le pont restera fermé pendant six semaines, a déclaré la mairie lundi.', 'Le pont restera fermé pendant six semaines, a déclaré la mairie lundi.'],
  ])('%s', (_case, sentence, expected) => {
    expect(withoutAttribution(sentence)).toBe(expected)
  })
})

describe('one list of reporting verbs for both attribution rules', () => {
  it.each(REPORTING_VERBS.map((verb) => [verb]))('"%s": a trailing clause goes, a bare attribution is boilerplate', (verb) => {
    expect(withoutAttribution(`Ferry crews walked off the job on Tuesday after pay talks collapsed, union officials ${verb}.`)).toBe(
      'Ferry crews walked off the job on Tuesday after pay talks collapsed.',
    )
    expect(boilerplateReason(`The state news agency ${verb} on Tuesday.`)).toBe('attribution')
  })
  it('a word that is not in the list is neither', () => {
    const sentence = 'Ferry crews walked off the job on Tuesday after pay talks collapsed, union officials believed.'
    expect(withoutAttribution(sentence)).toBe(sentence)
    expect(boilerplateReason('The state news agency believed on Tuesday.')).toBeNull()
  })
})
