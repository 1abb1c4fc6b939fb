// What a phone downloads before its first answer: the join page's JavaScript and CSS (its static
// module graph) plus the largest part it loads later (a phone view), gzipped. `npm run build` prints it; a test holds the budget.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
// The server's own rule for what the join page loads later (a phone view, a leergang's welcome):
// the build runs `tsc -b` before this script.
import { isJoinPagePart } from '../build/server/public-assets.js';

/** The budget from issue 11: a phone on a slow venue wifi gets the page in a couple of seconds. */
export const JOIN_BUDGET_BYTES = 45 * 1024;


/** Gzipped bytes of the join page's code before the first answer, with the parts it counts. */
export function joinWeight(distDir) {
  const manifest = JSON.parse(readFileSync(join(distDir, '.vite/manifest.json'), 'utf8'));
  const gzipped = (file) => gzipSync(readFileSync(join(distDir, file)), { level: 9 }).length;
  const filesOf = (key, seen = new Set()) => {
    const chunk = manifest[key];
    if (!chunk || seen.has(chunk.file)) return seen;
    seen.add(chunk.file);
    for (const css of chunk.css ?? []) seen.add(css);
    for (const imported of chunk.imports ?? []) filesOf(imported, seen);
    return seen;
  };
  const page = filesOf('join.html');
  const weigh = (files) => [...files].filter((file) => /\.(js|css)$/.test(file)).reduce((sum, file) => sum + gzipped(file), 0);
  const pageBytes = weigh(page);
  const views = (manifest['join.html'].dynamicImports ?? []).filter(isJoinPagePart);
  const viewBytes = views.map((key) => ({ key, bytes: weigh([...filesOf(key)].filter((file) => !page.has(file))) }));
  const phoneViews = viewBytes.filter(({ key }) => key.includes('/kinds/'));
  const largest = phoneViews.sort((a, b) => b.bytes - a.bytes)[0] ?? { key: 'none', bytes: 0 };
  // A leergang's session first loads its member part (membership, history, the member's bar), also before the first answer.
  const memberPart = viewBytes.find(({ key }) => key.endsWith('join/member-session.ts')) ?? { key: 'none', bytes: 0 };
  // Follow along (the slide as text) loads only on a phone whose participant opens it ("Meelezen").
  const followPart = viewBytes.find(({ key }) => key.endsWith('join/mw-follow-slide.ts')) ?? { key: 'none', bytes: 0 };
  return { pageBytes, largestView: largest, totalBytes: pageBytes + largest.bytes, memberPartBytes: memberPart.bytes, followPartBytes: followPart.bytes };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { pageBytes, largestView, totalBytes, memberPartBytes, followPartBytes } = joinWeight(process.argv[2] ?? 'dist');
  const kB = (bytes) => (bytes / 1024).toFixed(1);
  const verdict = totalBytes <= JOIN_BUDGET_BYTES ? 'within' : 'OVER';
  console.log(
    `join page before the first answer: ${kB(totalBytes)} kB gzip of JS and CSS (page ${kB(pageBytes)} kB + largest phone view ${kB(largestView.bytes)} kB), ${verdict} the ${kB(JOIN_BUDGET_BYTES)} kB budget`,
  );
  console.log(`  in a leergang's session also the member part first: ${kB(memberPartBytes)} kB (${kB(totalBytes + memberPartBytes)} kB in all; outside the budget)`);
  console.log(`  on a phone that opens "Meelezen" also the follow-along part: ${kB(followPartBytes)} kB (outside the budget: loaded on request)`);
}
