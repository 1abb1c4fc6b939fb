/**
 * On the trainer's page: marks which debrief prompts in the speaker notes apply to the room's
 * answers right now, and sends the notes to the speaker view again when the current slide's marks
 * change. The notes travel to the speaker view as HTML, so the marks are inline styles and text.
 */
import type { RevealPlugin } from 'reveal.js';
import type { BaseDefinition } from '../../shared/kind/kind.ts';
import { modelFor } from '../../kinds/registry.ts';
import { applicableRules, type DebriefRule } from '../../shared/deck/debrief-prompts.ts';
import type { LiveRoom } from '../../sync/live-room.ts';
import { linkSpeakerView } from './speaker-view-notes.ts';

const APPLIES_STYLE = 'font-weight:700;background:#fff3cd;color:#17212b;border-left:6px solid #0a5c6b;padding:4px 8px;';
const IDLE_STYLE = 'opacity:0.55;';

/** Reveal plugin: the marks follow the room from `init` until `destroy`. */
export function createLiveDebriefPlugin(options: { live: LiveRoom; definitions: Record<string, BaseDefinition> }): RevealPlugin {
  let unbind = () => {};
  return {
    id: 'mw-live-debrief',
    init(deck) {
      const speakerView = linkSpeakerView(deck);
      const unbindMarks = bindLiveDebrief({ ...options, slidesRoot: deck.getSlidesElement()!, onCurrentChanged: speakerView.sendNotes });
      unbind = () => {
        unbindMarks();
        speakerView.unlink();
      };
    },
    destroy() {
      unbind();
      unbind = () => {};
    },
  };
}

export function bindLiveDebrief(options: {
  slidesRoot: HTMLElement;
  live: LiveRoom;
  definitions: Record<string, BaseDefinition>;
  /** The current slide's marks changed: the speaker view should show them. */
  onCurrentChanged: () => void;
}): () => void {
  const { slidesRoot, live, definitions, onCurrentChanged } = options;
  const blocks = [...slidesRoot.querySelectorAll<HTMLElement>('.mw-debrief')];

  // Only the exercise on screen is evaluated (a burst of answers re-runs this often); a block
  // is brought up to date when its slide becomes the current one.
  const update = () => {
    let isCurrentChanged = false;
    const current = live.stage.get('current');
    for (const block of blocks) {
      const id = block.dataset.exercise!;
      if (id !== current) continue;
      const definition = definitions[id];
      const rules = (JSON.parse(block.dataset.rules ?? '[]') as DebriefRule['when'][]).map((when) => ({ when, text: '', line: 0 }));
      const state = live.stateOf(id);
      const measures = (state && modelFor(definition.kind)?.measures?.(definition, live.tallyOf(id), state.progress)) || {};
      const applies = applicableRules(rules, measures);
      const items = block.querySelectorAll<HTMLElement>('li[data-rule]');
      items.forEach((item, i) => {
        const mark = applies[i] ? 'true' : 'false';
        if (item.dataset.applies === mark) return;
        item.dataset.applies = mark;
        item.setAttribute('style', applies[i] ? APPLIES_STYLE : IDLE_STYLE);
        isCurrentChanged = true;
      });
    }
    if (isCurrentChanged) onCurrentChanged();
  };

  if (blocks.length === 0) return () => {};
  const sources = [live.answers, live.exercises, live.moderation, live.stage] as const;
  for (const source of sources) source.observe(update);
  update();
  return () => {
    for (const source of sources) source.unobserve(update);
  };
}
