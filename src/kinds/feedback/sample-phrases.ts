/** What a simulated phone types when a feedback drill asks for a rewrite. */

/** Rewritten feedback lines: concrete, about behaviour, with what the other can do next. */
export const REWRITES: readonly string[] = [
  'Je hebt vandaag drie orders zonder fouten ingepakt, goed gedaan.',
  'Ik zag dat je de handschoenen niet droeg. Wil je ze morgen aandoen?',
  'De kassa klopte gisteren niet. Zullen we samen kijken hoe dat kwam?',
  'Je was twee keer te laat deze week. Wat heb je nodig om op tijd te zijn?',
  'Fijn dat je hulp vroeg toen je vastliep.',
  'Het perk is geveegd, het onkruid staat er nog. Zullen we het samen doen?',
  'Ik merk dat je stil bent vandaag. Gaat het goed?',
  'Je hebt de checklist helemaal afgewerkt, daardoor ging het vlot.',
];
