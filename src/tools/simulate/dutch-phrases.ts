/** Short Dutch answers a simulated phone types: what a room of mentors plausibly writes. */

/** Answers to an open question ("Wat heb je nodig…?"); repeated words make a believable word cloud. */
export const OPEN_ANSWERS: readonly string[] = [
  'Tijd',
  'Meer tijd',
  'Geduld',
  'Duidelijke afspraken',
  'Steun van mijn leidinggevende',
  'Tijd om in te werken',
  'Een vast aanspreekpunt',
  'Voordoen en samen doen',
  'Korte instructies',
  'Rust op de werkvloer',
  'Begrip van collega\'s',
  'Vertrouwen',
  'Structuur',
  'Een checklist',
  'Overleg met de jobcoach',
  'Feedback geven oefenen',
  'Duidelijkheid',
  'Samenwerking',
  'Tijd en geduld',
  'Meer uitleg over LVB',
];

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
