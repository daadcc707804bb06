/**
 * Line breaking in LOGICAL order, before reordering (UAX #9 applies the reordering per line, after
 * breaking): greedy, between words only. A word wider than the line is the one thing cut.
 * Returns [start, end) ranges into the text, without the spaces they were broken at.
 */
import { displayWidth } from './width.ts';

export interface LineRange {
  start: number;
  end: number;
}

export function wrapLines(text: string, width: number): LineRange[] {
  const lines: LineRange[] = [];
  let start = -1;
  let end = -1;
  let used = 0;
  for (const m of text.matchAll(/\S+/g)) {
    const wStart = m.index!;
    const wEnd = wStart + m[0].length;
    const w = displayWidth(m[0]);
    const joined = start >= 0 ? used + displayWidth(text.slice(end, wEnd)) : 0; // with the spaces before it
    if (start >= 0 && joined <= width) {
      used = joined;
      end = wEnd;
      continue;
    }
    if (start >= 0) lines.push({ start, end });
    if (w <= width) {
      start = wStart;
      end = wEnd;
      used = w;
      continue;
    }
    // Too long for any line: cut it into full-width pieces; the last piece may take more words.
    let pieceStart = wStart;
    let pieceWidth = 0;
    for (let i = wStart; i < wEnd;) {
      const cp = text.codePointAt(i)!;
      const c = String.fromCodePoint(cp);
      const cw = displayWidth(c);
      if (pieceWidth + cw > width && i > pieceStart) {
        lines.push({ start: pieceStart, end: i });
        pieceStart = i;
        pieceWidth = 0;
      }
      pieceWidth += cw;
      i += c.length;
    }
    start = pieceStart;
    end = wEnd;
    used = pieceWidth;
  }
  if (start >= 0) lines.push({ start, end });
  return lines;
}
