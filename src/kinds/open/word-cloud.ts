/** The word cloud of shown answers: how many answers use each word, Dutch stop words left out. */

export type WordCount = { word: string; count: number };

/**
 * Function words that would top every cloud: articles, pronouns, prepositions, conjunctions,
 * auxiliaries and fillers (after the Snowball Dutch list, plus spoken fillers).
 */
export const DUTCH_STOP_WORDS: ReadonlySet<string> = new Set(
  `aan af al alle alles als altijd andere anders ben bij daar dan dat de der deze die dit doch doen door dus
  een eens en er erg even ge geen geweest gewoon haar had heb hebben heeft hem het hier hij hoe hun ik in is
  ja je jij jou jouw jullie kan kon kunnen maar me meer men met mij mijn moet moeten mee na naar niet niets nog nu
  of om omdat ons onze ook op over reeds te tegen toch toen tot u uit uw van veel voor waren was wat we
  wel werd wezen wie wij wil worden wordt zal ze zei zelf zich zij zijn zo zo'n zonder zou zullen
  beetje best dingen echt elkaar enz heel iemand iets juist keer kunt maakt meestal mogen net nou soms steeds vaak vooral waar want
  wanneer welke`.split(/\s+/).filter(Boolean),
);

/**
 * The words of a text: lower case, letters and digits with their combining marks (with inner ' or
 * -), at least two characters.
 */
export function wordsOf(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’-][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/gu) ?? [])
    .map((word) => word.replace(/’/g, "'"))
    .filter((word) => word.length >= 2 && !DUTCH_STOP_WORDS.has(word) && !/^\d+$/.test(word));
}

/** Each word counted once per answer, most used first (ties alphabetical), at most `limit` words. */
export function wordCloud(texts: readonly string[], limit = 30): WordCount[] {
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const word of new Set(wordsOf(text))) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return [...counts]
    .map(([word, count]) => ({ word, count }))
    .sort((a, b) => b.count - a.count || a.word.localeCompare(b.word, 'nl'))
    .slice(0, limit);
}
