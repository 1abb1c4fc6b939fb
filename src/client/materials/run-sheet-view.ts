/**
 * A session's run sheet on the materials page: a start time the trainer types, and the table of
 * blocks whose clock times follow it. Plain DOM, no Lit: this page shares no component with the
 * others, and pulling Lit in would make the bundler split the join page's chunk in two (more bytes
 * for every phone).
 */
import { formatClock, parseClock } from '../../shared/materials/clock.ts';
import { totalMinutes, withClockTimes, type RunSheetRow } from '../../shared/materials/run-sheet-times.ts';

/** Where a printed run sheet starts when nobody typed a time: an afternoon session. */
export const DEFAULT_START = 13 * 60;

const COLUMNS = [
  ['Tijd', 'time'],
  ['Min.', 'num'],
  ['Dia', 'slide'],
  ['Wat', 'activity'],
  ['Leidt', 'lead'],
  ['De ander', 'support'],
] as const;

/** An element with a class (or none) and its children. */
function element(tag: string, className: string, ...children: (Node | string)[]): HTMLElement {
  const node = document.createElement(tag);
  if (className) node.className = className;
  node.append(...children);
  return node;
}

/**
 * The run sheet as a section; `onStart` hears each start time typed (minutes since midnight),
 * after the clock times in the table have followed it.
 */
export function runSheetView(heading: string, rows: readonly RunSheetRow[], start: number, onStart: (start: number) => void): HTMLElement {
  const input = Object.assign(document.createElement('input'), { type: 'time', value: formatClock(start) });
  const printedStart = element('strong', '');
  const from = element('strong', 'from');
  const until = element('strong', 'until');
  const body = element('tbody', '');
  const show = (at: number) => {
    printedStart.textContent = from.textContent = formatClock(at);
    until.textContent = formatClock(at + totalMinutes(rows));
    body.replaceChildren(
      ...withClockTimes(rows, at).map((row) => {
        const tr = element(
          'tr',
          row.activity === 'pauze' ? 'pause' : '',
          element('td', 'time', `${row.from}–${row.to}`),
          element('td', 'num', String(row.minutes)),
          element('td', '', element('span', 'slide-number', String(row.slide)), ` ${row.heading}`),
          element('td', '', row.activity),
          element('td', 'lead', row.lead),
          element('td', '', row.support),
        );
        tr.dataset.slide = String(row.slide);
        return tr;
      }),
    );
  };
  const typed = () => {
    const at = parseClock(input.value);
    if (at === null) return;
    show(at);
    onStart(at);
  };
  input.addEventListener('input', typed);
  input.addEventListener('change', typed);
  show(start);
  const head = element('thead', '', element('tr', '', ...COLUMNS.map(([label, className]) => element('th', className, label))));
  return element(
    'section',
    'run-sheet',
    element('h1', '', heading),
    element(
      'p',
      'start',
      element('label', '', 'Begintijd ', input),
      element('span', 'hint', 'De tijden rekenen mee. Afdrukken of als PDF bewaren: Ctrl+P.'),
    ),
    element('p', 'print-start', 'Begintijd ', printedStart, '. Een andere begintijd? Open dit draaiboek op de startpagina van Mentorwijs Live, typ de tijd in en druk het af.'),
    element('p', 'total', 'Totaal ', element('strong', '', `${totalMinutes(rows)} minuten`), ': van ', from, ' tot ', until, '.'),
    element('table', '', head, body),
    element(
      'p',
      'legend',
      'A en B zijn de twee trainers: spreek vooraf af wie A is. Wie leidt, wisselt per blok (een uitleg met de oefening erbij) en na de pauze. ' +
        "De minuten komen uit de regels Tijd: in de notities van het deck; dia's zonder tijd (zoals Bronnen) staan er niet in.",
    ),
  );
}
