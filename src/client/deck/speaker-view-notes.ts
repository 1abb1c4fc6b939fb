/**
 * Sends the current slide's notes to Reveal's speaker view again when they changed in place (the
 * live debrief marks) rather than by navigation. Reveal's notes plugin reads the notes from the
 * slide and posts them only on its deck events (slidechanged, fragmentshown, paused…), and
 * exposes nothing but `open()`; its speaker view takes the same `state` message from the deck's
 * window at any time. The speaker view says where it is: `connected` when it opens, then a
 * `heartbeat` every second (which also finds it again after the deck reloads).
 */
import type { RevealApi } from 'reveal.js';

export type SpeakerViewLink = { sendNotes(): void; unlink(): void };

export function linkSpeakerView(deck: RevealApi): SpeakerViewLink {
  let speakerView: Window | null = null;
  const onMessage = (event: MessageEvent) => {
    if (typeof event.data === 'string' && isSameOrigin(event.source) && isSpeakerViewSignal(event.data)) speakerView = event.source;
  };
  window.addEventListener('message', onMessage);
  return {
    sendNotes() {
      if (!speakerView || speakerView.closed) return;
      const slide = deck.getCurrentSlide();
      // A current fragment with notes of its own shows those instead (as the notes plugin does).
      if (!slide || slide.querySelector('.current-fragment aside.notes, .current-fragment[data-notes]')) return;
      const message = {
        namespace: 'reveal-notes',
        type: 'state',
        notes: deck.getSlideNotes(slide) ?? '',
        markdown: !slide.hasAttribute('data-notes') && !!slide.querySelector('aside.notes[data-markdown]'),
        whitespace: slide.hasAttribute('data-notes') ? 'pre-wrap' : 'normal',
        state: deck.getState(),
      };
      speakerView.postMessage(JSON.stringify(message), location.origin);
    },
    unlink() {
      window.removeEventListener('message', onMessage);
      speakerView = null;
    },
  };
}

/** The speaker view is an `about:blank` window written by the deck: its `location` tells its origin. */
function isSameOrigin(source: MessageEventSource | null): source is Window {
  try {
    return (source as Window | null)?.location.origin === location.origin;
  } catch {
    return false;
  }
}

function isSpeakerViewSignal(data: string): boolean {
  try {
    const message = JSON.parse(data) as { namespace?: unknown; type?: unknown } | null;
    return message?.namespace === 'reveal-notes' && (message.type === 'connected' || message.type === 'heartbeat');
  } catch {
    return false;
  }
}
