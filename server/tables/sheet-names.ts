/** Excel's rules for sheet names, applied to titles: at most 31 characters, none of []/\:*?, unique, not blank. */

const MAX_LENGTH = 31;
const FORBIDDEN = /[[\]/\\:*?\p{Cc}]/gu;

/** One valid and distinct sheet name per title, in the same order; Excel compares names case-insensitively. */
export function sheetNames(titles: readonly string[]): string[] {
  const taken = new Set<string>();
  return titles.map((title) => {
    const base = cleanName(title);
    let name = base;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${truncate(base, MAX_LENGTH - ` (${n})`.length)} (${n})`;
    taken.add(name.toLowerCase());
    return name;
  });
}

function cleanName(title: string): string {
  // An apostrophe may not open or close a name; "History" is Excel's own.
  const name = truncate(title.replace(/\s+/g, ' ').replace(FORBIDDEN, '-').replace(/^[\s']+|[\s']+$/g, ''), MAX_LENGTH);
  if (name === '') return 'Blad';
  return name.toLowerCase() === 'history' ? 'History-blad' : name;
}

/** Cuts at a whole character (never half an emoji), and drops what the cut leaves dangling. */
function truncate(text: string, length: number): string {
  let out = '';
  for (const char of text) {
    if (out.length + char.length > length) break;
    out += char;
  }
  return out.replace(/[\s']+$/, '');
}
