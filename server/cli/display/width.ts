/**
 * How many terminal columns a character takes: 0 for combining marks (harakat) and invisible
 * format characters, 2 for East Asian wide characters and emoji, 1 otherwise (Arabic letters and
 * their presentation forms included). Close to wcwidth, which is what terminals use.
 */
const ZERO = /^[\p{Mn}\p{Me}\p{Cf}]$/u;
/** Hangul Jamo, CJK, Hangul syllables, compatibility ideographs, fullwidth forms, emoji, CJK ext. planes. */
const WIDE: readonly [number, number][] = [
  [0x1100, 0x115f],
  [0x2e80, 0xa4cf],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe30, 0xfe4f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x1f300, 0x1f64f],
  [0x1f900, 0x1f9ff],
  [0x20000, 0x3fffd],
];

export function charWidth(char: string): number {
  if (ZERO.test(char)) return 0;
  const cp = char.codePointAt(0)!;
  return WIDE.some(([a, b]) => cp >= a && cp <= b) ? 2 : 1;
}

export function displayWidth(text: string): number {
  let w = 0;
  for (const c of text) w += charWidth(c);
  return w;
}
