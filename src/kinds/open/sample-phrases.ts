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
