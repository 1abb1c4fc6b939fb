/**
 * The one reader of a block's lines that every kind shares. A block body is laid out as
 * leading text (the question or statement), then list items (`- …`), then `name: value`
 * fields; each kind names its fields and what its parts are called, and checks its items itself.
 */
import { FREE_TEXT_LIMIT } from './free-text.ts';
import { BlockError, parseSeconds, parseTags, type BlockSource, type CurriculumTag, type SourceLine } from './kind.ts';

/** A `name: value` field with its line. */
export type Field = { value: string; line: number };

const FIELD_PATTERN = /^([a-zA-Z]+)\s*:\s*(.*)$/;

/** `name: value` on a trimmed line, the name in lower case; null when the line is not a field. */
export function readField(trimmed: string): { name: string; written: string; value: string } | null {
  const match = FIELD_PATTERN.exec(trimmed);
  return match ? { name: match[1].toLowerCase(), written: match[1], value: match[2].trim() } : null;
}

/** The error for a field the kind does not know, listing the ones it does. */
export function unknownField(line: number, written: string, kind: string, known: readonly string[]): BlockError {
  if (written.toLowerCase() === 'waarom') return new BlockError(line, MISPLACED_REASON);
  const names = [...known, 'tags', 'waarom', 'tijd'].map((name) => `"${name}:"`);
  return new BlockError(line, `unknown field "${written}:" (${kind} knows ${names.slice(0, -1).join(', ')} and ${names.at(-1)})`);
}

export type BlockLayout = {
  /** The kind as messages name it: `unknown field "x:" (scale knows …)`. */
  kind: string;
  fields: readonly string[];
  /** What the leading text is called: "question", "statement". */
  lead: string;
  /** What the `- …` items are called ("options", "criteria", "statements"); none when the kind has no items. */
  items?: string;
  /**
   * Whether a line like `Let op: …` before any item or field is part of the leading text.
   * Kinds with items allow it (a question may hold a colon); the others take it for a mistyped field.
   */
  leadMayHoldColons?: boolean;
  /** Whether fields may come between the items too (a sort names its piles before or after its statements). */
  fieldsAmongItems?: boolean;
};

export type BlockParts = {
  /** The leading lines, trimmed. */
  lead: string[];
  /** The `- …` lines, trimmed, for the kind to read. */
  items: SourceLine[];
  fields: Map<string, Field>;
};

/** Splits a block body by the layout; throws BlockError at the first line out of place. */
export function readBlockParts(body: readonly SourceLine[], layout: BlockLayout): BlockParts {
  const parts: BlockParts = { lead: [], items: [], fields: new Map() };
  const inLead = () => parts.items.length === 0 && parts.fields.size === 0;
  for (const { text, line } of body) {
    const trimmed = text.trim();
    if (!trimmed) continue;
    const field = readField(trimmed);
    if (layout.items && trimmed.startsWith('-')) {
      if (parts.fields.size > 0 && !layout.fieldsAmongItems) throw new BlockError(line, `${layout.items} must come before the fields ("${[...parts.fields.keys()][0]}:")`);
      parts.items.push({ text: trimmed, line });
    } else if (field && layout.fields.includes(field.name)) {
      if (!field.value) throw new BlockError(line, `"${field.written}:" is empty`);
      if (parts.fields.has(field.name)) throw new BlockError(line, `"${field.written}:" is given twice`);
      parts.fields.set(field.name, { value: field.value, line });
    } else if (field && !(layout.leadMayHoldColons && inLead())) {
      throw unknownField(line, field.written, layout.kind, layout.fields);
    } else if (inLead()) {
      parts.lead.push(trimmed);
    } else {
      const after = parts.items.length > 0 ? layout.items : 'fields';
      throw new BlockError(line, `text after the ${after}: put the ${layout.lead} first`);
    }
  }
  return parts;
}

const MISPLACED_REASON = '"waarom:" belongs on the line right under "tags:": one line on why this exercise practises those codes';

/**
 * The fields of a block shared by every kind, from the lines that are not the kind's own.
 * `tags:` needs its `waarom:` on the very next line: a code counts as practised only with a
 * reason a reviewer can check. Only that line is the block's reason; any other `waarom:` stays
 * with the kind (a style quiz says per situation why a style fits).
 */
export function readCommonFields(body: SourceLine[]): Pick<BlockSource, 'body' | 'tags' | 'reason' | 'seconds'> {
  const own: SourceLine[] = [];
  let tags: CurriculumTag[] = [];
  let reason: string | undefined;
  let seconds: number | undefined;
  for (let i = 0; i < body.length; i++) {
    const source = body[i];
    const field = readField(source.text.trim());
    if (field?.name === 'tags') {
      tags = parseTags(field.value, source.line);
      const next = body[i + 1];
      const reasonField = next && next.line === source.line + 1 ? readField(next.text.trim()) : null;
      if (tags.length > 0 && (reasonField?.name !== 'waarom' || !reasonField.value)) {
        throw new BlockError(source.line, `"tags: ${tags.join(', ')}" needs a line "waarom: …" right under it: why this exercise practises those codes`);
      }
      if (reasonField?.name === 'waarom') {
        reason = reasonField.value;
        i++;
      }
    } else if (field?.name === 'tijd') seconds = parseSeconds(field.value, source.line);
    else own.push(source);
  }
  return { body: own, tags, ...(reason ? { reason } : {}), seconds };
}

/**
 * A block's `max:` for typed text (in this file, not free-text.ts: phone views import that one and
 * need none of the parsing): a whole number of characters from `min` to the limit; `fallback` without the field. */
export function readMaxField(field: Field | undefined, { min, fallback }: { min: number; fallback: number }): number {
  if (!field) return fallback;
  const max = Number(field.value);
  if (!Number.isInteger(max) || max < min || max > FREE_TEXT_LIMIT) {
    throw new BlockError(field.line, `"max:" must be a whole number of characters from ${min} to ${FREE_TEXT_LIMIT}`);
  }
  return max;
}
