/**
 * The words that frame a claim in Portuguese, Spanish, Italian, French and
 * German: reporting verbs in the forms news uses (simple past, present,
 * the participle of the compound past), "according to", and the little
 * words a subject's phrase stops at. English frames are read by structure
 * with compromise's tags (attribution.ts); compromise knows no other
 * language, and these words are what marks a frame there.
 */

/** Languages whose claims foreign-frames.ts reads (BCP 47). */
export const FRAMED_LANGUAGES = new Set(['pt', 'es', 'it', 'fr', 'de'])

const words = (list: string) => new Set(list.split(/\s+/).filter(Boolean))

/** Reporting verbs, every language together: a word in one is hardly ever another's common word. */
export const REPORTING_VERBS = words(`
  disse dizem diz dito afirmou afirma afirmam afirmaram afirmado declarou declara declarado informou informa informaram informado
  estimou estima estimam estimado alegou alega relatou anunciou anuncia anunciado calculou calcula garantiu acrescentou revelou
  confirmou avaliou avalia
  dijo dice dicen dicho afirmó afirmaron declaró declaró informó estimó estiman aseguró asegura asegurado anunció calculó
  señaló señala señalado indicó indica indicado añadió confirmó reveló explicó sostiene sostuvo
  detto dicono affermato afferma affermano dichiarato dichiara stimato stimano riferito riferisce spiegato spiega
  aggiunto confermato rivelato sostiene sostenuto calcolato annunciato annuncia
  dit disent déclaré affirmé affirment indiqué indique estimé estiment annoncé assuré assure ajouté ajoute précisé précise
  confirmé révélé expliqué explique
  sagte sagt sagten erklärte erklärt erklärten schätzte schätzt schätzen berichtete berichtet behauptete behauptet bestätigte
  warnte betonte meldete meldet teilte
`)

/** Auxiliaries and adverbs between a subject and its verb ("ha detto", "a déclaré", "hat gesagt", "também afirmou"). */
export const BETWEEN_SUBJECT_AND_VERB = words(`
  tem têm havia também já ainda ontem hoje
  ha han había también ya ayer hoy
  hanno aveva anche già ieri oggi
  a ont avait aussi également déjà hier
  hat haben hatte auch bereits gestern heute am
`)

/** "According to", before its claimant: one or more words, the last of which the phrase follows. */
export const ACCORDING_TO = ['segundo', 'conforme', 'de acordo com', 'según', 'de acuerdo con', 'secondo', 'stando a', 'selon', "d'après", 'laut', 'nach angaben']
/** "According to" after its claimant: German "dem Ministerium zufolge". */
export const ACCORDING_TO_AFTER = new Set(['zufolge'])

/** Words a claimant's phrase never crosses: conjunctions, "that", relative pronouns, negation (not "o", an article in Portuguese). */
export const PHRASE_STOPS = words(`
  que e mas porém ou não se quando
  y pero no cuando
  che ma non quando
  et mais ou ne pas quand qui
  dass und aber oder nicht wenn als
`)

/** Pronouns a claimant may be, as the English ones findClaims resolves: "ele disse" is "he said". */
export const PRONOUN_CLAIMANTS: Record<string, 'he' | 'she' | null> = {
  ele: 'he', él: 'he', lui: 'he', egli: 'he', il: 'he', er: 'he',
  ela: 'she', ella: 'she', lei: 'she', elle: 'she',
  // "sie" is she and they, "eles", "ellos", "loro", "ils" are they: nobody in particular.
  sie: null, eles: null, elas: null, ellos: null, ellas: null, loro: null, ils: null, elles: null, nós: null, nosotros: null, noi: null, nous: null, wir: null, eu: null, yo: null, io: null, je: null, ich: null,
}

/** Articles that open a claimant's phrase and are written lower case mid-sentence ("o ministério" → as "the US" in English). */
export const ARTICLES = words('o a os as um uma el la los las un una il lo i gli le l un une les der die das den dem des ein eine')
