/**
 * The document's title: the headline when the text opens with one (a first line, alone in its
 * paragraph or followed by a line break, short, not ending like a sentence), otherwise the first
 * sentence, trimmed to a readable length at a word boundary.
 */
export const MAX_HEADLINE = 200;
export const MAX_TITLE = 160;

export interface Title {
  title: string;
  /** True when the title is a headline line, which then is not repeated in the passages. */
  headline: boolean;
}

const SENTENCE_END = /[.!?؟۔…](?=\s|$)/;

export function firstSentence(text: string): string {
  const m = SENTENCE_END.exec(text);
  return (m ? text.slice(0, m.index) : text).trim();
}

export function trimTitle(text: string, max = MAX_TITLE): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return (space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,،:;؛\-–—]+$/, '') + '…';
}

/** `text` is the cleaned body; `skip` is a prefix (a dateline) not to include in a sentence title. */
export function extractTitle(text: string, skip = 0): Title | null {
  const body = text.trim();
  if (body === '') return null;
  const firstLine = body.split('\n')[0].trim();
  if (
    skip === 0 &&
    firstLine.length <= MAX_HEADLINE &&
    !/[.!؟?]["”»)]?$/.test(firstLine) &&
    body.length > firstLine.length
  ) {
    return { title: firstLine, headline: true };
  }
  const rest = text
    .slice(skip)
    .trim()
    .replace(/^[\s/\-–—:|،,]+/, '');
  const sentence = firstSentence(rest.split('\n')[0]);
  return { title: trimTitle(sentence || firstLine), headline: false };
}
