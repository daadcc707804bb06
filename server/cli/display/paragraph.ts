/**
 * The display pipeline for one paragraph of highlighted text, in the order that keeps each stage
 * correct:
 *   1. shape    in logical order: a letter's form depends on its logical neighbours
 *   2. wrap     in logical order, between words (UAX #9: break lines first, then reorder each)
 *   3. reorder  each line for a left-to-right terminal (bidi), characters keep their marks
 *   4. paint    ANSI per visual run of marked/unmarked characters
 * With `shape: false` (terminals with their own bidi, pipes) steps 1 and 3 are skipped: the
 * lines stay in logical order for the terminal to lay out.
 */
import { paint, type Theme, NO_THEME } from './ansi.ts';
import { resolveLevels, visualLine, type Direction } from './reorder.ts';
import { shapeArabic } from './shape.ts';
import { sanitize, type StyledText } from './styled-text.ts';
import { displayWidth } from './width.ts';
import { wrapLines } from './wrap.ts';

export interface DisplayOptions {
  /** Columns available; `Infinity` (the default) does not wrap. */
  width?: number;
  /** Shape and reorder for a terminal without Arabic support (default: true). */
  shape?: boolean;
  /** Base direction of the paragraph (default: auto, from its first strong character). */
  direction?: Direction;
  /** ANSI styles (default: none). */
  theme?: Theme;
  /** Right-align right-to-left lines within `width`, as they read (default: true when shaping and wrapping). */
  alignRtl?: boolean;
}

export const DISPLAY_DEFAULTS = { width: Infinity, shape: true, direction: 'auto', theme: NO_THEME } as const;

export function displayLines(input: StyledText, options: DisplayOptions = {}): string[] {
  const width = Math.max(1, options.width ?? DISPLAY_DEFAULTS.width);
  const shape = options.shape ?? DISPLAY_DEFAULTS.shape;
  const theme = options.theme ?? DISPLAY_DEFAULTS.theme;
  const clean = sanitize(input);
  const text = shape ? shapeArabic(clean) : clean;
  const ranges = wrapLines(text.text, width);
  if (!shape) {
    return ranges.map((r) => paint(charsOf(text, r.start, r.end), theme));
  }
  const paragraph = resolveLevels(text.text, options.direction ?? DISPLAY_DEFAULTS.direction);
  const alignRtl = (options.alignRtl ?? Number.isFinite(width)) && paragraph.direction === 'rtl';
  return ranges.map((r) => {
    const visual = visualLine(paragraph, r).map((v) => ({ char: v.char, marked: text.marked[v.index]! }));
    const painted = paint(visual, theme);
    if (!alignRtl) return painted;
    const pad = width - displayWidth(visual.map((v) => v.char).join(''));
    return ' '.repeat(Math.max(0, pad)) + painted;
  });
}

function charsOf(text: StyledText, start: number, end: number): { char: string; marked: boolean }[] {
  const out: { char: string; marked: boolean }[] = [];
  for (let i = start; i < end; i++) out.push({ char: text.text[i]!, marked: text.marked[i]! });
  return out;
}
