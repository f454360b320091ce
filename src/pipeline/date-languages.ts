/**
 * The languages whose dates the pipeline reads, in one place: chrono-node's
 * parser for each (clean/dates.ts reads page headers with them,
 * claims/when.ts the date phrases of claims), and the month names of the
 * languages other than English, which chrono reads only beside a day
 * ("3 de outubro") while news also writes them alone ("em outubro"), and
 * which stories/foreign-quantities.ts must not take for counted nouns
 * ("12 setembro").
 */
import * as chrono from 'chrono-node'

/** What a chrono locale offers that the pipeline uses. */
export interface DateParser {
  parse: typeof chrono.en.parse
}

/**
 * chrono's parser by language (BCP 47), in the order they are tried on text
 * whose language is not known: English first, then by how much news the
 * pipeline reads in each.
 */
export const DATE_PARSERS: Readonly<Record<string, DateParser>> = {
  en: chrono.en,
  pt: chrono.pt,
  es: chrono.es,
  it: chrono.it,
  fr: chrono.fr,
  de: chrono.de,
  nl: chrono.nl,
  sv: chrono.sv,
  ja: chrono.ja,
  zh: chrono.zh,
  // The other locales chrono has: after the rest, so that what they read was read by none of those.
  ru: chrono.ru,
  uk: chrono.uk,
  id: chrono.id,
  vi: chrono.vi,
  fi: chrono.fi,
  ar: chrono.ar,
}

/** Month names, January first, of the languages other than English that claims and quantities are read in. */
export const MONTH_NAMES: Readonly<Record<string, readonly string[]>> = {
  pt: 'janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro'.split(' '),
  es: 'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre'.split(' '),
  it: 'gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre'.split(' '),
  fr: 'janvier février mars avril mai juin juillet août septembre octobre novembre décembre'.split(' '),
  de: 'januar februar märz april mai juni juli august september oktober november dezember'.split(' '),
}

/**
 * Month names, January first, of languages chrono has no parser for, as
 * page headers write them after the day ("14 maja 2024", "10 Haziran 2024",
 * "14 Οκτωβρίου 2024", "12 मार्च 2024"): Polish (genitive, then nominative),
 * Turkish, Greek (genitive) and Hindi, with the spellings in use separated
 * by "|". clean/dates.ts reads such a header date with them.
 */
export const HEADER_MONTH_NAMES: Readonly<Record<string, readonly string[]>> = {
  pl: 'stycznia|styczeń lutego|luty marca|marzec kwietnia|kwiecień maja|maj czerwca|czerwiec lipca|lipiec sierpnia|sierpień września|wrzesień października|październik listopada|listopad grudnia|grudzień'.split(' '),
  tr: 'ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık'.split(' '),
  el: 'ιανουαρίου φεβρουαρίου μαρτίου απριλίου μαΐου|μαίου ιουνίου ιουλίου αυγούστου σεπτεμβρίου οκτωβρίου νοεμβρίου δεκεμβρίου'.split(' '),
  hi: 'जनवरी फ़रवरी|फरवरी मार्च अप्रैल मई जून जुलाई अगस्त सितंबर|सितम्बर अक्टूबर|अक्तूबर नवंबर|नवम्बर दिसंबर|दिसम्बर'.split(' '),
}
