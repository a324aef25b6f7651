// Prints what reading a Canvas entry costs (htmlToText, ms, best of 3) for ordinary HTML and for hostile entries
// of 100,000 characters, the most that is read: markup that never closes must not cost more than markup that does.
import { htmlToText } from '../../src/platforms/canvas/canvas-html.ts';

const SIZE = 100_000;
const fill = (unit: string) => unit.repeat(Math.floor(SIZE / unit.length));
const cases: [string, string][] = [
  [
    'ordinary paragraphs, lists and mentions',
    fill(
      '<p>When is the <strong>exam</strong>?</p><ul><li>one</li></ul><span class="mention" data-mention="1">@Bot</span>',
    ),
  ],
  ['"<" without ">"', fill('<')],
  ['"<li" without ">"', fill('<li')],
  ['"<br" without ">"', fill('<br')],
  ['"<a " without ">"', fill('<a ')],
  ['"<!--" never closed', fill('<!--')],
  ['"<svg" never closed', fill('<svg')],
  ['"<script>" never closed, a "</style>" at the end', fill('<script>').slice(0, -8) + '</style>'],
  ['"&#" without ";"', fill('&#')],
];

for (const [label, html] of cases) {
  let best = Infinity;
  for (let r = 0; r < 3; r++) {
    const t = performance.now();
    htmlToText(html);
    best = Math.min(best, performance.now() - t);
  }
  console.log(`${label}: ${best.toFixed(1)} ms`);
}
