/** Moving the trainer's deck in a test, as the arrow keys would. */
import type { Page } from 'playwright-core';

/** Goes to a top-level slide and waits until the fade has finished and it is the one shown. */
export async function goToSlide(page: Page, index: number): Promise<void> {
  await page.evaluate((i) => (location.hash = `#/${i}`), index);
  await page.waitForFunction((i) => {
    const section = document.querySelectorAll('.reveal .slides > section')[i];
    return section?.classList.contains('present') && getComputedStyle(section).opacity === '1';
  }, index);
}
