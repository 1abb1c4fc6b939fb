/** Measuring, in the trainer's page, whether the slide on screen fits the 1280×720 projector. */
import type { Page } from 'playwright-core';

export const PROJECTOR_SLIDE = { width: 1280, height: 720 };

/**
 * What of the current slide lies outside the projector, in slide pixels, as readable lines
 * (empty when it fits). Content may lie inside a box that clips or scrolls it (that box is then
 * measured instead); a button must be wholly visible, inside every such box too, since the
 * trainer must reach it without scrolling. Looks through the views' shadow roots.
 */
export function misfitsOnSlide(page: Page): Promise<string[]> {
  return page.evaluate(async (slide) => {
    const section = document.querySelector<HTMLElement>('.reveal .slides > section.present')!;
    const all: Element[] = [];
    const collect = (root: Element | ShadowRoot) => {
      for (const element of root.children) {
        if (element.localName === 'aside') continue;
        all.push(element);
        if (element.shadowRoot) collect(element.shadowRoot);
        collect(element);
      }
    };
    collect(section);
    await Promise.all(all.map((element) => (element as { updateComplete?: Promise<unknown> }).updateComplete));
    const slides = document.querySelector<HTMLElement>('.reveal .slides')!.getBoundingClientRect();
    const scale = slides.width / slide.width;
    const box = (element: Element) => {
      const r = element.getBoundingClientRect();
      return { top: (r.top - slides.top) / scale, bottom: (r.bottom - slides.top) / scale, left: (r.left - slides.left) / scale, right: (r.right - slides.left) / scale, isEmpty: r.width === 0 || r.height === 0 };
    };
    const parentOf = (element: Element) => element.parentElement ?? ((element.parentNode as ShadowRoot | null)?.host || null);
    const clippers = (element: Element) => {
      const found: Element[] = [];
      for (let p = parentOf(element); p && p !== section; p = parentOf(p)) {
        const style = getComputedStyle(p);
        if (style.overflowX !== 'visible' || style.overflowY !== 'visible') found.push(p);
      }
      return found;
    };
    const name = (element: Element) =>
      `<${element.localName}${element.className && typeof element.className === 'string' ? ` class="${element.className.trim()}"` : ''}> "${(element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40)}"`;
    const outside = (b: ReturnType<typeof box>, within: { top: number; bottom: number; left: number; right: number }) =>
      b.top < within.top - 0.5 || b.left < within.left - 0.5 || b.bottom > within.bottom + 0.5 || b.right > within.right + 0.5;
    const whole = { top: 0, left: 0, bottom: slide.height, right: slide.width };
    const problems: string[] = [];
    for (const element of all) {
      const b = box(element);
      if (b.isEmpty || getComputedStyle(element).visibility === 'hidden') continue;
      const around = clippers(element);
      const where = `${Math.round(b.left)},${Math.round(b.top)}–${Math.round(b.right)},${Math.round(b.bottom)}`;
      if (element.localName === 'button') {
        const hiddenBy = around.find((clipper) => outside(b, box(clipper)));
        if (outside(b, whole) || hiddenBy) problems.push(`button ${name(element)} at ${where}${hiddenBy ? ` hidden by ${name(hiddenBy)}` : ''}`);
      } else if (!around.length && outside(b, whole)) problems.push(`${name(element)} at ${where}`);
    }
    return problems;
  }, PROJECTOR_SLIDE);
}

/** How the exercise screen on the current slide was fitted: the scale it is drawn at, and whether it still scrolls. */
export function screenFit(page: Page): Promise<{ scale: number; scrolls: boolean }> {
  return page.evaluate(() => {
    const screen = document.querySelector<HTMLElement>('.reveal .slides > section.present [exercise-id]')!;
    return { scale: Number(screen.style.zoom || 1), scrolls: screen.scrollHeight > screen.clientHeight + 1 };
  });
}
