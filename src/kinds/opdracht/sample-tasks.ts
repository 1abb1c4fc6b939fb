/** Transfer tasks a simulated member writes: what a mentor plausibly tries before the next session. */
export const OPDRACHT_TASKS: readonly string[] = [
  'Ik vraag mijn nieuwe medewerker elke vrijdag hoe de week ging.',
  'Ik geef één keer per dag een concreet compliment over iets wat goed ging.',
  'Ik doe een taak eerst voor en laat hem daarna zelf proberen.',
  'Ik spreek met mijn team af wie het vaste aanspreekpunt is.',
  'Ik schrijf de werkinstructie op in korte stappen met foto\'s.',
  'Ik vraag door voordat ik een oplossing geef.',
  'Ik plan een kort gesprek met de jobcoach over de afspraken.',
  'Ik let erop dat ik waarnemingen noem in plaats van oordelen.',
];
