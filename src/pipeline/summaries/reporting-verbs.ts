/**
 * The verbs that report what a source said, for the two rules that read
 * attributions: the clause a summary sentence loses ("…, officials said.";
 * attribution.ts) and the bare attribution that is no summary sentence at
 * all ("KCNA said on Tuesday."; boilerplate.ts). One list, so the two rules
 * cannot disagree about what counts as saying. English: in another language
 * nothing matches, and sentences stay whole.
 *
 * "told" and "tells" take an object ("told reporters"), so each rule gives
 * them their own pattern. "reports" is left out: as often a noun ("…, local
 * media reports.", "…, the annual reports.") as a verb; taken as an
 * attribution it cut claims on bbc-dev (ROUGE-1 F half B 0.4397 → 0.4394).
 */
export const REPORTING_VERBS = ['said', 'says', 'added', 'adds', 'announced', 'confirmed', 'noted', 'reported', 'stated', 'warned', 'wrote', 'writes'] as const

/** Any one of REPORTING_VERBS, as a regular-expression group. */
export const REPORTING_VERB = String.raw`(?:${REPORTING_VERBS.join('|')})`
