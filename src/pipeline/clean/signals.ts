/**
 * Line-level signals of page furniture that hold across sites: the shapes of
 * template code, counters, e-mail lines, list numbering and category labels,
 * and a short list of general cue words. None of them decides alone except
 * the unmistakable shapes (code, a bare e-mail address, a bare number).
 */
import { isRelativeTime } from './dates.ts'
import type { PageLine } from './lines.ts'

/** Leftover template or script code: PHP/JS delimiters, shortcodes, CSS/JS syntax. */
export function isCode(text: string): boolean {
  return (
    /<\?|\?>|^\/\/|\/\*|\*\/|\{\{|\}\}|=>|\bfunction\s*\(|\bvar\s+\w+\s*=|;\s*\}/.test(text) ||
    /^\[[\w-]+(?:\s+[\w-]+=[^\]]*)*\]/.test(text) ||
    /%[0-9A-F]{2}.*%[0-9A-F]{2}/.test(text) ||
    endsInCall(text) && !/\s\w+\s\w+\s/.test(text)
  )
}

/**
 * The line ends in a call, `name(args);`: what `/\w+\([^)]*\);?\s*$/` tests,
 * found from the end. That pattern, unanchored, rescans the rest of the
 * line from every word character, quadratic in a line with no call in it.
 */
function endsInCall(text: string): boolean {
  let end = text.trimEnd() // trimEnd strips what \s matches
  if (end.endsWith(';')) end = end.slice(0, -1)
  if (!end.endsWith(')')) return false
  const args = end.slice(end.lastIndexOf(')', end.length - 2) + 1, -1)
  return /\w\(/.test(args)
}

const EMAIL_TAIL = String.raw`@[\w-]+(?:\.[\w-]+)+`
/**
 * An address somewhere in the text. One character before the @ is enough to
 * tell (`[\w.+-]+@` matches where `[\w.+-]@` does), and a pattern opening
 * with `[\w.+-]+` rescans the rest of every word for an @: quadratic.
 */
const EMAIL_INSIDE = new RegExp(`[\\w.+-]${EMAIL_TAIL}`)
const BARE_EMAIL = new RegExp(`^(?:e-?mail:?\\s*)?[\\w.+-]+${EMAIL_TAIL}$`, 'i')
export const hasEmail = (text: string): boolean => EMAIL_INSIDE.test(text)
export const isBareEmail = (text: string): boolean => BARE_EMAIL.test(text)
export const isBareUrl = (text: string): boolean => /^(?:https?:\/\/|www\.)\S+$/i.test(text)

/** A number, bullet or counter alone ("3", "• 4", "300", "Comments0", "14h261", "1 - 5 of 36"). */
export function isCounterOrNumbering(text: string): boolean {
  // "Comments0", "Akhlaq (47)"; not "Meal 1", which may be a list item's heading.
  return /^[•·*#\-–—»›]*\s*\d[\d.,:/]*\s*[a-z]{0,2}\d*$/i.test(text) || /^\p{L}+(?:\d+|\s?\(\d+\))$/u.test(text) || PAGINATION.test(text)
}

/**
 * A label of one to three words over a count in brackets ("Komentarze (14)",
 * "Kommentare (3)", "Reacties (27)", "Aliran Islam (160)"): the head of a
 * box that counts its items, comments or a category's posts, in any
 * language. An article's text does not count itself.
 */
export function isCountedLabel(text: string): boolean {
  return /^\p{L}+(?: \p{L}+){0,2} ?\(\d+\)$/u.test(text)
}

/**
 * A clock time alone ("15:58", "9.05am", "17h40", "18:20 Uhr", "kl. 14.02",
 * "16:45 GMT"): the stamp of a live blog's entry, not a list's numbering.
 */
export const isClockTime = (text: string): boolean => CLOCK_TIME.test(text.trim())
const CLOCK_TIME = /^(?:kl\.?\s*)?\d{1,2}[:.h][0-5]\d(?:\s*(?:am|pm|uhr|h|[ECMP][SD]?T|GMT|UTC|BST|CET|CEST|JST|KST))?$/iu

/** A gallery's or a list's position: "1 - 5 of 36", "3 de 12", "2 di 8", "4 sur 10", "1 von 20", "1/12". */
const PAGINATION = /^\d+(?:\s*[-–]\s*\d+)?\s+(?:of|de|di|sur|von|van)\s+\d+$/iu

/** An all-capitals label of one to three words ("BUSINESS", "LATEST", "KEY POINTS"). */
export function isCapsLabel(line: PageLine): boolean {
  return line.words <= 3 && /\p{Lu}/u.test(line.text) && !/\p{Ll}/u.test(line.text)
}

/**
 * "Jan 5, 2020", "3 hours ago", "19/11/2019", "First published on Nov 20,
 * 2019 01:38 pm" and nothing much else; or a time relative to now in one of
 * the cue lists' languages ("hace 3 días", "vor 2 Tagen"), so the header and
 * the next story's header read it as a date line too.
 */
export function isDateOnly(text: string): boolean {
  if (isRelativeTime(text)) return true
  const rest = text
    .replace(/\b\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\b/g, ' ')
    .replace(/\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?/gi, ' ')
    .replace(/\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?/gi, ' ')
    .replace(/\b(?:\d+\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago)\b/gi, ' ')
    // "9:02 a.m.": a word boundary after the last stop would need a letter to follow it.
    .replace(/\b[ap]\.m\.(?!\p{L})/giu, ' ')
    .replace(/\b(?:am|pm|[ECMP][SD]?T|GMT|UTC|IST|BST|CET|KST|JST|at|on|updated|published|posted|modified|last|first|originally|date)\b/gi, ' ')
    .replace(/[\d\s,.:;|/–—-]+/g, ' ')
  return /\d/.test(text) && rest.trim().length === 0
}

/**
 * General furniture vocabulary: calls to action, sharing, comments, related
 * links, subscriptions, legal and cookie notices. Matched as whole words.
 */
const FURNITURE_CUES = [
  'advertisement', 'advert', 'sponsored', 'subscribe', 'subscription', 'sign in', 'sign up', 'log in', 'login', 'logout',
  'register', 'newsletter', 'newsletters', 'share', 'shares', 'share this', 'tweet', 'comments', 'comment', 'reply',
  'related', 'read more', 'more on', 'more from', 'see also', 'also read', 'most popular', 'most read', 'popular now',
  'latest stories', 'latest news', 'trending', 'recommended', 'you may also like', 'must-reads', 'must read', 'next post',
  'previous post', 'cookies', 'cookie policy', 'privacy policy', 'terms of use', 'terms of service', 'all rights reserved',
  'copyright', 'skip to', 'main content', 'navigation', 'search', 'follow us', 'click here', 'download the app',
  'back to top', 'scroll to top', 'full story', 'full article', 'print', 'email', 'e-mail', 'loading', 'javascript', 'join the conversation',
]
/**
 * "Read also" in other languages: like "see also", these head links that
 * pages put inside an article as well as after it, so they mark a list, not
 * the article's end.
 */
const FURNITURE_CUES_OTHER_LANGUAGES = [
  'leia também', 'leia mais', 'veja também', 'saiba mais', 'lee también', 'lea también', 'leer más', 'leggi anche', 'leggi di più',
  'lire aussi', 'à lire aussi', 'a lire aussi', 'lire la suite', 'lesen sie auch', 'weiterlesen', 'lees ook', 'lees meer',
  // Danish and Norwegian, Swedish, Polish, Czech, Finnish, Turkish: the languages of the ad labels below.
  'læs også', 'les også', 'läs också', 'läs mer', 'czytaj także', 'czytaj też', 'zobacz także', 'čtěte také', 'čtěte též', 'lue myös', 'ayrıca okuyun',
  // Russian, Ukrainian, Indonesian and Malay, Arabic, Hebrew.
  'читайте также', 'читайте також', 'baca juga', 'lihat juga', 'اقرأ أيضا', 'اقرأ ايضا', 'קראו עוד', 'קרא עוד',
]
const CUE_PATTERN = new RegExp(`(?:^|[^\\p{L}])(?:${[...FURNITURE_CUES, ...FURNITURE_CUES_OTHER_LANGUAGES].join('|')})(?![\\p{L}])`, 'iu')

export function hasFurnitureCue(text: string): boolean {
  return CUE_PATTERN.test(text)
}

/**
 * Cues that close an article: sharing, comments, tags, and the lists of other
 * stories that pages put after it. Unlike "Advertisement" or "Related", which
 * also sit between paragraphs, these rarely appear inside an article's text.
 */
const END_CUES = [
  'share this', 'share on', 'share this article', 'share this story', 'comments', 'responses', 'leave a reply',
  'leave a comment', 'post a comment', 'join the conversation', 'join the discussion', 'tags', 'tagged', 'filed under',
  'related articles', 'related stories', 'related posts', 'read these next', 'more from', 'more stories', 'more in',
  'more on', 'you may also like', 'you might also like', 'recommended', 'recommended for you', 'trending', 'most popular',
  'most read', 'most viewed', 'popular now', 'latest stories', 'latest news', 'must-reads', 'must read', "don't miss",
  'newsletter', 'sign up', 'previous post', 'next post', 'about the author', 'what to read next', 'top stories',
]
/**
 * The same boxes as pages in other languages head them: comments, sharing,
 * "most read", related stories, tags ("read also" is a list cue, above). The words of a page's
 * chrome are the one thing no shape gives away; these are the labels of the
 * languages most news is written in after English, each a phrase that opens
 * a box and hardly ever a paragraph.
 */
const END_CUES_OTHER_LANGUAGES = [
  // Portuguese
  'comentários', 'comentarios', 'compartilhe', 'compartilhar', 'partilhar', 'mais lidas',
  'mais lidos', 'notícias relacionadas', 'posts relacionados', 'deixe um comentário', 'deixe seu comentário',
  // Spanish
  'compartir', 'comparte', 'te puede interesar', 'también te puede interesar', 'lo más leído', 'lo más visto', 'más leídas',
  'noticias relacionadas', 'artículos relacionados', 'etiquetas', 'deja un comentario', 'deja tu comentario',
  // Italian
  'commenti', 'condividi', 'potrebbe interessarti', 'ti potrebbe interessare', 'i più letti', 'più letti',
  'articoli correlati', 'lascia un commento',
  // French
  'commentaires', 'partager', 'partagez', 'les plus lus', 'sur le même sujet',
  'articles similaires', 'laisser un commentaire', 'mots-clés',
  // German
  'kommentare', 'teilen', 'artikel teilen', 'mehr zum thema', 'meistgelesen', 'meistgelesene artikel', 'das könnte sie auch interessieren',
  'auch interessant', 'weitere artikel', 'schlagworte',
  // Dutch
  'reacties', 'meest gelezen', 'gerelateerde artikelen',
  // Russian
  'комментарии', 'поделиться', 'самое читаемое', 'популярное',
  // Indonesian and Malay
  'bagikan', 'berita terkait', 'terpopuler', 'komentar',
  // Arabic
  'الأكثر قراءة', 'تعليقات', 'أخبار ذات صلة',
]
const END_PATTERN = new RegExp(`^\\W*(?:\\[[^\\]]*\\]\\s*)?(?:\\d+\\s+)?(?:${[...END_CUES, ...END_CUES_OTHER_LANGUAGES].join('|')})(?![\\p{L}])`, 'iu')

/**
 * The label over an ad slot or a sponsor's box, alone on its line, in the
 * languages above and the Nordic, Polish, Czech, Turkish, Finnish,
 * Hungarian, Russian, Arabic, Hebrew, Indonesian, Korean, Japanese and
 * Chinese words for it ("Publicidade", "Anzeige", "Annons", "Reklama", "Реклама", "Conteúdo patrocinado",
 * "Contenuto sponsorizzato"); inside a sentence these words mean advertising.
 */
const AD_LABEL = new RegExp(
  '^(?:advertisement|advertising|ad|anzeige|werbung|publicidade|publicidad|pubblicità|publicité|advertentie|' +
    // Swedish, Danish, Norwegian, Polish, Czech, Turkish, Finnish, Hungarian: the slot's label alone on its line.
    'annons|annonce|annonse|reklam|reklama|reklame|mainos|hirdetés|' +
    // Russian and Ukrainian, Arabic, Hebrew, Indonesian and Malay, Korean, Japanese, Chinese.
    'реклама|إعلان|اعلان|פרסומת|iklan|광고|広告|广告|廣告|' +
    '(?:sponsored|paid|partner)(?: content| post| story)?|sponsored by|' +
    '(?:conteúdo |contenido |contenuto |contenu |inhalt )?(?:patrocinado|sponsorizzato|sponsorisé|gesponsert|gesponsord)|' +
    'publieditorial|publirreportaje|publireportage|publiredazionale|in partnership with)$',
  'iu',
)

/** The words for an advertisement in the same languages, inside a short notice ("Continua após a publicidade", "Story continues below advertisement"). */
const AD_WORD = /(?:^|[^\p{L}])(?:advertisement|advertising|anzeige|werbung|publicidade|publicidad|pubblicità|publicité|advertentie)(?![\p{L}])/iu
/** Longest notice around an ad slot, in words. */
const AD_NOTICE_MAX_WORDS = 6

export const isAdLabel = (text: string): boolean => {
  const t = text.trim()
  return AD_LABEL.test(t) || (AD_WORD.test(t) && t.split(/\s+/).length <= AD_NOTICE_MAX_WORDS && !/[.!?]$/.test(t))
}

/** Calls to subscribe or follow, which close articles wherever they sit in the line. */
const CALL_TO_ACTION = /\b(?:subscribe|subscribed|newsletters?|sign up|follow (?:us|\p{Lu}\w*) on)\b/iu

/**
 * The same boxes' labels in Japanese and Korean: comments, sharing, related
 * articles, the writer's box, rankings. Japanese runs its words together
 * ("この記事をシェアする"), so a label is matched at the start of a short line
 * with no word boundary after it. (Chinese labels are left to the shape of
 * the tail: as end cues they cut the tail before an editor's credit,
 * "责任编辑：王芳", that the run of menu-like lines after it now drops.)
 */
const CJK_END_CUES = [
  // Japanese
  'コメント', '関連記事', '関連ニュース', 'この記事をシェア', 'この記事を書いた人', 'あわせて読みたい', 'アクセスランキング', '人気記事',
  // Korean
  '댓글', '관련기사', '관련 기사', '많이 본 뉴스',
]
const CJK_END_PATTERN = new RegExp(`^(?:${CJK_END_CUES.join('|')})`, 'u')
/** Longest such label, in characters ("この記事を書いた人" and a count). */
const CJK_END_CUE_MAX_CHARS = 14

/** A short line that opens what follows an article ("Share this:", "34 Comments", "More on North Korea:"). */
export function isEndCue(text: string, words: number): boolean {
  return (words <= 8 && END_PATTERN.test(text)) || (words <= 20 && CALL_TO_ACTION.test(text)) || (text.length <= CJK_END_CUE_MAX_CHARS && CJK_END_PATTERN.test(text))
}

/**
 * The words that label a picture's credit, in English and in the other
 * languages of the cue lists below ("Foto: Ana Lima", "Bild: dpa", "Crédito:
 * Reuters").
 */
const PICTURE_WORDS = 'photo|photograph|image|picture|credit|foto|fotografia|bild|imagem|imagen|immagine|crédito|credito|crédit'

/**
 * "via" names a credit's source only before a name ("© via REUTERS"); in
 * Italian, Portuguese and Spanish it is a common word ("via libera").
 */
// Built once, not per line: a word that marks a credit, and the marks that make one even in a lower-case line.
const CREDIT_WORD = new RegExp(`(?:^|\\s)(?:©|\\(c\\)|${PICTURE_WORDS}|images|via(?=\\s+\\p{Lu})|getty|afp|ap photo|reuters|shutterstock|istock)(?:\\s|:|$)`, 'iu')
const CREDIT_MARK = new RegExp(`©|(?:${PICTURE_WORDS}):|via\\s+\\p{Lu}`, 'u')

/** Photo and report credits: "Name | Getty Images", "© via REUTERS", "Photo: AP", "Jason Cipriani/ZDNet", "Source: AFP". */
export function isCredit(line: PageLine): boolean {
  const t = line.text
  if (line.words > 12 || line.terminal && line.words > 6) return false
  // "SOURCE: News agencies", "Sources: AP, Reuters": who supplied the report, as a credit does.
  if (/^sources?\s*:\s*\S/i.test(t) && line.words <= 8) return true
  if (CREDIT_WORD.test(t)) return line.lowerShare < 0.5 || CREDIT_MARK.test(t)
  // "Firstname Lastname/Outlet" or "A | B | C" with capitalised parts.
  return /^[\p{Lu}][\p{L}.'’ -]+\/[\p{Lu}][\p{L}.]+$/u.test(t)
}

/** A caption ending in its credit: "… Credit: ESA", "… (AP Photo/Jane Doe)", "… REUTERS/John Roe". */
export function hasTrailingCredit(text: string): boolean {
  return TRAILING_CREDIT.test(text) || LABELLED_NAME_CREDIT.test(text)
}

/**
 * A credit closing the line: "Credit: ESA", "Foto: Ana Lima", "(AP Photo/Jane
 * Doe)", "REUTERS/John Roe", or a label and a name in square brackets
 * ("[File: Reuters]", "[Foto: EFE]"), which only credits take.
 */
const TRAILING_CREDIT = new RegExp(
  String.raw`(?:(?<![\p{L}])(?:${PICTURE_WORDS})s?\s*:\s*[^.:]{2,60}|\[[^\][:]{1,30}:\s*[^\][]{2,40}\]|` +
    String.raw`\((?:[\p{L} ]+\s)?(?:photo|foto)\b[^)]*\)|\([^()]*\/[^()]*\)|\b\p{Lu}{2,}\/\p{Lu}[\p{L} .]+)\.?$`,
  'iu',
)

/**
 * A sentence, then one word, a colon and a full name closing the line ("Xe
 * buýt mới trên tuyến sân bay - Hội An. Ảnh: Minh Quân", "… Φωτογραφία:
 * Νίκος Παπαδάκης"): a caption and its credit, whatever the language's
 * word for a picture. A paragraph does not end by naming someone after a
 * label.
 */
const LABELLED_NAME_CREDIT = /[.!?]\s+\p{Lu}[\p{L}\p{M}]*\s*:\s*\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*){1,3}$/u

/** An opening "By Jane Doe" or "BY: Desk" credit. */
export const BYLINE = /^(?:written\s+|posted\s+|reported\s+)?by[:\s]+(?=\p{Lu})/iu

/**
 * A control of the page, alone on its line: the words of a button or toggle,
 * never a paragraph of an article ("Close", "Show more", "Load more", "×").
 */
export function isControlLabel(text: string): boolean {
  return /^(?:close|ok|cancel|dismiss|show more|show less|load more|see more|view more|expand|collapse|play|pause|mute|unmute|next|previous|prev|back|×|✕)\s*[×✕]?$/iu.test(text.trim())
}

/**
 * Copyright, trademark, disclaimer and cookie-consent notices, which page
 * footers and banners carry, and the affiliate disclosure over a shopping
 * guide: "affiliate" and "commission" together, in the languages above ("enlaces
 * de afiliados … una comisión", "Affiliate-Links … eine Provision"); either
 * word alone is news ("los afiliados a la Seguridad Social", "the European
 * Commission").
 */
export function isLegal(text: string): boolean {
  return (
    /©|\ball rights reserved\b|\bregistered trademarks?\b|\b(?:this|our) (?:web ?)?site\b/i.test(text) ||
    (/\bcookies?\b/i.test(text) && /\b(?:website|browser|consent|accept|opt-out|experience)\b/i.test(text)) ||
    (/affili|afiliad/iu.test(text) && /commission|comisi[oó]n|comiss[aã]o|commissione|provision/iu.test(text))
  )
}
