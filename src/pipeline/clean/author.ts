/**
 * Author boxes: pages close an article (and some open it) with a card about
 * its writer: "About Jane Doe", "Über Jane Doe", or the name alone over a
 * role and a short biography. The name is the one in the byline, so a short
 * line that repeats two capitalised words of a byline or date line (the
 * name, whatever the language of the words around it) opens such a box.
 */
import type { LineClass } from './classify.ts'
import { lineKey, type PageLine } from './lines.ts'

/** Longest line, in words, read as the head of an author box. */
const BOX_HEAD_MAX_WORDS = 5

/** Pairs of capitalised words in a line ("Jane Doe" in "By Jane Doe, Staff"). */
function namePairs(text: string): string[] {
  // Initials drop out, so "By Jane Q. Public" names "Jane Public" as "About Jane Public" does.
  const words = text.split(/[\s,|/•·]+/).filter((w) => w && !/^\p{Lu}\.$/u.test(w)).map((w) => w.replace(/['’]s$/u, ''))
  const pairs: string[] = []
  for (let i = 0; i + 1 < words.length; i++) {
    if (/^\p{Lu}\p{Ll}+$/u.test(words[i]!) && /^\p{Lu}\p{Ll}+$/u.test(words[i + 1]!)) pairs.push(`${words[i]} ${words[i + 1]}`)
  }
  return pairs
}

/** The last paragraphs of an article, in which a note about its author or its subject may stand. */
const NOTE_REACH = 3
/** Paragraphs an article has before such a note. */
const NOTE_MIN_ARTICLE = 3

/**
 * Classes with the heads of author boxes inside [from, to) re-marked as end
 * cues, and so are notes that close an article: a paragraph among the last
 * NOTE_REACH that names the byline's author ("Mike Wall's book … is out now.
 * Follow him on X."): reports do not name their own writer; or one that
 * describes an organisation the way a press release's "About" box does
 * (isAboutNote). `bylines` are the header's byline and date lines, `headline` its title.
 */
export function markAuthorBoxes(lines: PageLine[], classes: LineClass[], bylines: string[], headline: string | null, from: number, to: number): LineClass[] {
  const names = new Set(bylines.flatMap(namePairs))
  const out = [...classes]
  const paragraphs: number[] = []
  for (let i = from; i < to; i++) {
    const line = lines[i]!
    if (classes[i]!.kind === 'prose') paragraphs.push(i)
    if (classes[i]!.kind !== 'short' || line.words > BOX_HEAD_MAX_WORDS || line.terminal) continue
    if (namePairs(line.text).some((pair) => names.has(pair))) out[i] = { kind: 'end', reason: 'author box' }
  }
  const last = paragraphs.slice(Math.max(NOTE_MIN_ARTICLE, paragraphs.length - NOTE_REACH))
  const note = last.find((i) => isAboutNote(lines[i]!.text, headline) || namePairs(lines[i]!.text).some((pair) => names.has(pair)))
  if (note === undefined) return out
  out[note] = { kind: 'end', reason: isAboutNote(lines[note]!.text, headline) ? 'about note' : 'author note' }
  // The note's heading ("About Brightwell Foods", "Über die Autorin Jana Roth") names whom the note is about: it opens the box.
  const heading = note - 1
  if (heading >= from && classes[heading]!.kind === 'short' && isNoteHeading(lines[heading]!, lines[note]!)) out[heading] = { kind: 'end', reason: 'note heading' }
  return out
}

/** Words at the start of a note in which it names its subject ("Brightwell Foods is a …", "Jana Roth ist …"). */
const NOTE_SUBJECT_WORDS = 5

/** A short unpunctuated line that shares a name's word (NAME_WORD_MIN_LETTERS or more) with the opening of the note under it. */
function isNoteHeading(line: PageLine, note: PageLine): boolean {
  if (line.terminal || line.words > BOX_HEAD_MAX_WORDS) return false
  const subject = new Set(lineKey(note.text).split(' ').slice(0, NOTE_SUBJECT_WORDS).filter((word) => word.length >= NAME_WORD_MIN_LETTERS))
  return lineKey(line.text).split(' ').some((word) => subject.has(word))
}

/**
 * "Ascom is a global solutions provider …", "A Empresa X é uma companhia …",
 * "Die Y GmbH ist ein …": a name, the verb "to be" and an indefinite article
 * open the boilerplate a company or a writer puts after a release or a
 * column. In English, Portuguese, Spanish, Italian, French, German and
 * Dutch: the copula and the article are the one thing no shape gives away.
 */
const ABOUT_NOTE = new RegExp(
  String.raw`^((?:\p{Lu}[\p{L}\p{N}&.'’-]*\s+){1,4}?)(?:\([^)]{1,40}\)\s+)?` +
    String.raw`(?:is|é|es|è|est|ist)\s+(?:a|an|um|uma|un|una|uno|une|ein|eine|een)\s`,
  'u',
)

/**
 * A paragraph that opens by saying what a company, body or person the
 * headline names is ("Ascom is a …" under "Ascom and Dräger introduce …"):
 * an article's own closing lines explain what it is about, not who.
 */
export function isAboutNote(text: string, headline: string | null): boolean {
  const name = ABOUT_NOTE.exec(text)?.[1]?.trim()
  if (name === undefined || headline === null || PRONOUN.test(name)) return false
  const inHeadline = new Set(lineKey(headline).split(' '))
  // A word of the name long enough not to be an article ("Die Nordwerk AG ist eine …").
  return lineKey(name).split(' ').some((word) => word.length >= NAME_WORD_MIN_LETTERS && inHeadline.has(word))
}

/** Shortest word of a name that identifies it. */
const NAME_WORD_MIN_LETTERS = 4

/** Pronouns and demonstratives that a capital opens a sentence with: "It is a", "Er ist ein" say nothing of anyone. */
const PRONOUN = /^(?:it|this|that|there|he|she|we|they|ele|ela|es|er|sie|il|elle|lui|lei|esto|esta|isto|isso)$/iu
