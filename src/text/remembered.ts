/**
 * A function's answers, kept per argument: a corpus reads the same few
 * thousand words and names over and over (nouns counted in figures, entity
 * names), and each answer costs an NLP pass or a Unicode fold. Bounded: the
 * map is cleared when full, so a corpus of odd words cannot grow it without
 * limit.
 */
export function remembered<T>(convert: (word: string) => T, limit = 10_000): (word: string) => T {
  const answers = new Map<string, T>()
  return (word) => {
    let answer = answers.get(word)
    if (answer === undefined) {
      if (answers.size >= limit) answers.clear()
      answers.set(word, (answer = convert(word)))
    }
    return answer
  }
}
