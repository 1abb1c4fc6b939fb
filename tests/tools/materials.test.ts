import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { parseDeck } from '../../src/shared/deck/parse-deck.ts';
import { entryFor } from '../../src/shared/materials/material-docs.ts';
import { totalMinutes } from '../../src/shared/materials/run-sheet-times.ts';
import { readMaterials } from '../../src/tools/materials/read-materials.ts';
import { tempDir } from '../support/test-server.ts';

const ROOT = join(import.meta.dirname, '../..');
const materials = readMaterials({ materialsDir: join(ROOT, 'materials'), decksDir: join(ROOT, 'decks') });
const SESSIONS = [1, 2, 3, 4, 5].map((n) => `sessie-${n}`);
const textOf = (id: string) => readFileSync(join(ROOT, 'materials', `${id}.md`), 'utf8');

describe('the materials of the real decks (materials/ and decks/)', () => {
  test.each(SESSIONS)('%s has a run sheet, a materials list and a handout, linked to its deck', (session) => {
    const mine = materials.filter((material) => material.deck === session);
    expect(mine.map((material) => material.label)).toEqual(expect.arrayContaining(['Draaiboek', 'Materialen', 'Hand-out']));
    for (const material of mine) expect(material.runSheet ?? material.html).not.toHaveLength(0);
  });

  test.each(SESSIONS)('the run sheet of %s takes as long as its deck says', (session) => {
    const deck = parseDeck(readFileSync(join(ROOT, 'decks', `${session}.md`), 'utf8'), `${session}.md`, session);
    const sheet = materials.find((material) => material.id === `${session}-draaiboek`);
    expect(totalMinutes(sheet!.runSheet!)).toBe(deck.minutes);
  });

  test.each(SESSIONS.flatMap((session) => [`${session}-materialen`, `${session}-hand-out`]))('%s says once that the programme per session is our proposal', (id) => {
    expect(textOf(id).match(/ons voorstel/g)).toHaveLength(1);
  });

  test('has the legal one-pager, marked to be checked by a lawyer, and the crisis card, both for every session', () => {
    const legal = materials.find((material) => material.id === 'wat-mag-je-vragen');
    expect(legal).toMatchObject({ deck: null, title: 'Wat mag je vragen en vastleggen?' });
    expect(legal!.html).toContain('Laat juridisch checken');
    expect(materials.find((material) => material.id === 'crisiskaart')).toMatchObject({ deck: null });
  });
});

describe('readMaterials', () => {
  const dir = tempDir('mw-materials-');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('fails on a material without a title, at its file and line 1', () => {
    mkdirSync(join(dir, 'materials'));
    mkdirSync(join(dir, 'decks'));
    writeFileSync(join(dir, 'materials', 'los.md'), 'Geen kop.\n');
    expect(() => readMaterials({ materialsDir: join(dir, 'materials'), decksDir: join(dir, 'decks') })).toThrow(/los\.md:1: a material needs a title/);
  });
});

describe('entryFor', () => {
  test('links a file to the deck its name starts with, and names the three documents every session has', () => {
    const decks = ['sessie-1', 'sessie-10'];
    expect(entryFor('sessie-1-hand-out', 'Hand-out sessie 1', decks)).toEqual({ id: 'sessie-1-hand-out', deck: 'sessie-1', label: 'Hand-out', title: 'Hand-out sessie 1' });
    expect(entryFor('sessie-10-materialen', 'M', decks)).toMatchObject({ deck: 'sessie-10', label: 'Materialen' });
    expect(entryFor('sessie-1-casuskaarten', 'Casuskaarten', decks)).toMatchObject({ deck: 'sessie-1', label: 'Casuskaarten' });
    expect(entryFor('crisiskaart', 'Crisiskaart', decks)).toMatchObject({ deck: null, label: 'Crisiskaart' });
  });
});
