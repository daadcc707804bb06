/**
 * Emphasis for the terminal, applied AFTER reordering: each visual run of marked (or unmarked)
 * characters becomes one self-contained ANSI sequence (it opens and fully resets its own style),
 * so emphasis never leaks across a reordered run. No colour: text only.
 */
export interface Theme {
  /** Wraps a run of unmatched text. */
  normal(text: string): string;
  /** Wraps a run of matched text. */
  marked(text: string): string;
}

const RESET = '\u001b[0m';
const sgr = (codes: string) => (text: string) => `\u001b[${codes}m${text}${RESET}`;
const same = (text: string) => text;

/** The search snippets: matches bold yellow. */
export const SNIPPET_THEME: Theme = { normal: same, marked: sgr('1;33') };
/** Titles: bold, matches bold yellow. */
export const TITLE_THEME: Theme = { normal: sgr('1'), marked: sgr('1;33') };
/** Secondary lines (date, countries, source): dim. */
export const META_THEME: Theme = { normal: sgr('2'), marked: sgr('2') };
/** Without colour (NO_COLOR, pipes): no escape sequences at all. */
export const NO_THEME: Theme = { normal: same, marked: same };

export function paint(chars: readonly { char: string; marked: boolean }[], theme: Theme): string {
  let out = '';
  let run = '';
  let runMarked = false;
  for (const c of chars) {
    if (run !== '' && c.marked !== runMarked) {
      out += runMarked ? theme.marked(run) : theme.normal(run);
      run = '';
    }
    runMarked = c.marked;
    run += c.char;
  }
  if (run !== '') out += runMarked ? theme.marked(run) : theme.normal(run);
  return out;
}
