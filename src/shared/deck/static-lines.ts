/** What the PDF and the PowerPoint say where the live deck shows something live. */
export const JOIN_LINE = 'Doe mee met je telefoon: de QR-code verschijnt in de live presentatie.';
export const LIVE_HINT = 'Live oefening: deelnemers antwoorden op hun telefoon.';
