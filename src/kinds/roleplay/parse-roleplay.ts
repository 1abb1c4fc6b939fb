/**
 * Reads a `::: rollenspel` block into a scenario graph (scenes, choices, end scenes, optional
 * role cards) and checks the graph: every target exists, every scene is reachable from the
 * start and can reach an end, and every scene that is not an end offers 2-4 choices.
 */
import { BlockError, parseTags, type BlockSource, type CurriculumTag } from '../../shared/kind/kind.ts';
import { readField } from '../../shared/kind/fields.ts';

export const ROLES = ['leidinggevende', 'medewerker', 'observator'] as const;
export type Role = (typeof ROLES)[number];

export type RoleplayChoice = {
  /** Unique in the scenario: `<scene>/<letter>`, e.g. `start/b`; also the vote a phone sends. */
  id: string;
  letter: string;
  text: string;
  next: string;
  /** What the choice led to, for the phones after the step and for the debrief. */
  consequence: string;
  /** `oefent:`: the codes this choice practises. */
  tags: CurriculumTag[];
  /**
   * `mist:`: the codes this (weaker) choice fails to practise, so the debrief can say what the
   * route missed rather than count a miss as practice.
   */
  misses: CurriculumTag[];
  /** Marked ★ by the author: the strongest choice in its scene (shown only in the debrief). */
  isStrongest: boolean;
};
export type RoleplayScene = {
  id: string;
  /** The employee's line (or what happens) when the scene starts. */
  text: string;
  choices: RoleplayChoice[];
  /** Set on an end scene: how the conversation ends. */
  ending?: string;
};
export type RoleplayDefinition = {
  kind: 'roleplay';
  id: string;
  tags: CurriculumTag[];
  seconds?: number;
  /** The situation, told before the first scene. */
  situation: string;
  /** In writing order; the first is the start. */
  scenes: RoleplayScene[];
  /** Private briefings for small-group practice, or null when the block has none. */
  roles: Record<Role, string> | null;
  /** The observer's checklist. */
  checklist: string[];
};

const SCENE_HEADING = /^##\s+(\S+)\s*$/;
const SCENE_ID = /^[a-z0-9][a-z0-9-]{0,40}$/;
const CHOICE = /^-\s+(.*?)\s*(?:->|→)\s*(\S*)\s*$/;
const ROLE_LINE = /^rol\s+([a-zA-Z]+)\s*:\s*(.*)$/i;
const FIELDS = ['gevolg', 'oefent', 'mist', 'einde', 'kijkpunt'];
const CHOICE_FIELDS = ['gevolg', 'oefent', 'mist'];
const STAR = /^★\s*/;
export const MAX_CHOICES = 4;
const MAX_CHECKLIST = 8;

type Draft = RoleplayScene & { line: number; choiceLines: number[] };

export function parseRoleplay(block: BlockSource): RoleplayDefinition {
  const situation: string[] = [];
  const scenes: Draft[] = [];
  const roles = new Map<Role, string>();
  const checklist: string[] = [];
  let roleLine: number | null = null;
  let lastChoice: (RoleplayChoice & { fields: Set<string> }) | null = null;

  let previousLine = block.line;
  for (const { text, line } of block.body) {
    const trimmed = text.trim();
    // The deck parser already took out every "tags:"/"waarom:"/"tijd:" line (they belong to the
    // whole block); one missing between a choice and its fields was most likely meant for the choice.
    const skipped = line > previousLine + 1 ? previousLine + 1 : null;
    previousLine = line;
    if (!trimmed) continue;
    if (skipped !== null && lastChoice && (trimmed.startsWith('-') || /^(gevolg|oefent|mist)\s*:/i.test(trimmed))) {
      throw new BlockError(skipped, '"tags:" and "tijd:" belong to the whole block (put them last); for what one choice practises write "oefent:" under it, for what it misses "mist:"');
    }
    const scene = scenes.at(-1);
    const heading = SCENE_HEADING.exec(trimmed);
    const role = ROLE_LINE.exec(trimmed);
    const read = readField(trimmed);
    const field = read && FIELDS.includes(read.name) ? read : null;
    const fieldName = field?.name;
    const isRoleCard = !!role || fieldName === 'kijkpunt';

    if (roleLine !== null && !isRoleCard) {
      throw new BlockError(line, 'role cards ("rol …:", "kijkpunt:") come last: put scenes and choices before them');
    }
    if (heading) {
      const id = heading[1];
      if (!SCENE_ID.test(id)) throw new BlockError(line, `scene id "${id}" may only hold lowercase letters, digits and "-"`);
      if (scenes.some((s) => s.id === id)) throw new BlockError(line, `scene "${id}" is defined twice`);
      scenes.push({ id, text: '', choices: [], line, choiceLines: [] });
      lastChoice = null;
    } else if (role) {
      roleLine ??= line;
      const name = role[1].toLowerCase() as Role;
      if (!ROLES.includes(name)) throw new BlockError(line, `unknown role "${role[1]}" (use ${ROLES.join(', ')})`);
      if (roles.has(name)) throw new BlockError(line, `role "${name}" has two briefings`);
      if (!role[2].trim()) throw new BlockError(line, `the briefing for "${name}" is empty`);
      roles.set(name, role[2].trim());
    } else if (fieldName === 'kijkpunt') {
      roleLine ??= line;
      if (!field!.value) throw new BlockError(line, '"kijkpunt:" is empty');
      if (checklist.length === MAX_CHECKLIST) throw new BlockError(line, `at most ${MAX_CHECKLIST} "kijkpunt:" lines`);
      checklist.push(field!.value);
    } else if (!scene) {
      if (trimmed.startsWith('-') || field) throw new BlockError(line, 'choices and fields belong to a scene: start one with "## <scene-id>"');
      situation.push(trimmed);
    } else if (trimmed.startsWith('-')) {
      const choice = CHOICE.exec(trimmed);
      if (!choice?.[2]) throw new BlockError(line, 'a choice must look like "- what the leidinggevende does -> next-scene"');
      if (scene.ending !== undefined) throw new BlockError(line, `scene "${scene.id}" is an end ("einde:"), so it has no choices`);
      if (scene.choices.length === MAX_CHOICES) throw new BlockError(line, `scene "${scene.id}" has more than ${MAX_CHOICES} choices`);
      const isStrongest = STAR.test(choice[1]);
      const choiceText = choice[1].replace(STAR, '').trim();
      if (!choiceText) throw new BlockError(line, 'the choice has no text');
      if (isStrongest && scene.choices.some((c) => c.isStrongest)) throw new BlockError(line, `scene "${scene.id}" marks more than one choice ★`);
      const letter = 'abcd'[scene.choices.length];
      lastChoice = { id: `${scene.id}/${letter}`, letter, text: choiceText, next: choice[2], consequence: '', tags: [], misses: [], isStrongest, fields: new Set() };
      scene.choices.push(lastChoice);
      scene.choiceLines.push(line);
    } else if (fieldName && CHOICE_FIELDS.includes(fieldName)) {
      if (!lastChoice) throw new BlockError(line, `"${fieldName}:" belongs under a choice ("- … -> scene")`);
      if (lastChoice.fields.has(fieldName)) throw new BlockError(line, `this choice already has "${fieldName}:"`);
      lastChoice.fields.add(fieldName);
      const value = field!.value;
      if (!value) throw new BlockError(line, `"${fieldName}:" is empty`);
      if (fieldName === 'gevolg') lastChoice.consequence = value;
      else if (fieldName === 'oefent') lastChoice.tags = parseTags(value, line);
      else lastChoice.misses = parseTags(value, line);
      const both = lastChoice.tags.find((code) => lastChoice!.misses.includes(code));
      if (both) throw new BlockError(line, `the choice both practises and misses ${both}: keep it under "oefent:" or "mist:", not both`);
    } else if (fieldName === 'einde') {
      if (scene.choices.length > 0) throw new BlockError(line, `scene "${scene.id}" has choices, so it cannot be an end`);
      if (scene.ending !== undefined) throw new BlockError(line, `scene "${scene.id}" already has "einde:"`);
      if (!field!.value) throw new BlockError(line, '"einde:" is empty: say how the conversation ends');
      scene.ending = field!.value;
    } else if (scene.choices.length > 0 || scene.ending !== undefined) {
      throw new BlockError(line, `text after the choices of scene "${scene.id}": put the employee's line first`);
    } else {
      scene.text = scene.text ? `${scene.text} ${trimmed}` : trimmed;
    }
  }

  if (scenes.length === 0) throw new BlockError(block.line, 'no scenes: start each with a line "## <scene-id>", the first is the start');
  checkGraph(scenes);
  const cards = checkRoleCards(roles, checklist, roleLine);
  return {
    kind: 'roleplay',
    id: block.id,
    tags: block.tags,
    seconds: block.seconds,
    situation: situation.join(' '),
    scenes: scenes.map(({ id, text, choices, ending }) => ({
      id,
      text,
      choices: choices.map(({ id: choiceId, letter, text: choiceText, next, consequence, tags, misses, isStrongest }) => ({
        id: choiceId, letter, text: choiceText, next, consequence, tags, misses, isStrongest,
      })),
      ...(ending !== undefined ? { ending } : {}),
    })),
    ...cards,
  };
}

function checkGraph(scenes: Draft[]): void {
  const byId = new Map(scenes.map((scene) => [scene.id, scene]));
  for (const scene of scenes) {
    if (scene.ending === undefined && scene.choices.length < 2) {
      throw new BlockError(scene.line, `scene "${scene.id}" needs 2 to ${MAX_CHOICES} choices, or "einde:" if the conversation ends here`);
    }
    scene.choices.forEach((choice, i) => {
      if (!byId.has(choice.next)) throw new BlockError(scene.choiceLines[i], `the choice leads to scene "${choice.next}", which does not exist`);
    });
  }
  const reachable = new Set<string>([scenes[0].id]);
  const queue = [scenes[0]];
  while (queue.length) {
    for (const choice of queue.shift()!.choices) {
      if (!reachable.has(choice.next)) {
        reachable.add(choice.next);
        queue.push(byId.get(choice.next)!);
      }
    }
  }
  const unreachable = scenes.find((scene) => !reachable.has(scene.id));
  if (unreachable) throw new BlockError(unreachable.line, `scene "${unreachable.id}" cannot be reached from the start scene "${scenes[0].id}"`);
  // Backwards from the ends: a scene can end when one of its choices leads to one that can.
  const canEnd = new Set(scenes.filter((scene) => scene.ending !== undefined).map((scene) => scene.id));
  for (let grew = true; grew; ) {
    grew = false;
    for (const scene of scenes) {
      if (!canEnd.has(scene.id) && scene.choices.some((choice) => canEnd.has(choice.next))) {
        canEnd.add(scene.id);
        grew = true;
      }
    }
  }
  const stuck = scenes.find((scene) => !canEnd.has(scene.id));
  if (stuck) throw new BlockError(stuck.line, `from scene "${stuck.id}" no path reaches an end scene ("einde:")`);
}

function checkRoleCards(roles: Map<Role, string>, checklist: string[], line: number | null): Pick<RoleplayDefinition, 'roles' | 'checklist'> {
  if (line === null) return { roles: null, checklist: [] };
  const missing = ROLES.filter((role) => !roles.has(role));
  if (missing.length) throw new BlockError(line, `role cards need a briefing for every role: "rol ${missing[0]}:" is missing`);
  if (checklist.length === 0) throw new BlockError(line, 'role cards need at least one "kijkpunt:" for the observer');
  return { roles: Object.fromEntries(ROLES.map((role) => [role, roles.get(role)!])) as Record<Role, string>, checklist };
}
