/**
 * Splits a cleaned body into passages: at paragraph boundaries (blank lines, or a line break
 * after a sentence end, as in seeds 003/004), very short paragraphs joined to the next one so a
 * passage has context, and paragraphs longer than about MAX_PASSAGE characters split at sentence
 * ends (a sentence longer than that is split at a word boundary). Texts are the original words.
 */
export const MAX_PASSAGE = 1000;
/** Paragraphs shorter than this (subheadings, captions) are joined to the next one. */
export const MIN_PASSAGE = 120;

const SENTENCE_END_AT_EOL = /[.!?؟۔…:"”»)]\s*$/;

export function paragraphs(body: string): string[] {
  const out: string[] = [];
  for (const block of body.split(/\n\s*\n/)) {
    let current = '';
    for (const raw of block.split('\n')) {
      const line = raw.trim();
      if (line === '') continue;
      current = current ? `${current} ${line}` : line;
      if (SENTENCE_END_AT_EOL.test(line)) {
        out.push(current);
        current = '';
      }
    }
    if (current) out.push(current);
  }
  return out;
}

/** Sentences with their trailing punctuation and space kept, so joining them gives the text back. */
export function sentences(text: string): string[] {
  return text.match(/[^.!?؟۔…]+(?:[.!?؟۔…]+["”»)]?(?=\s|$)\s*|$)|[.!?؟۔…]+\S*\s*/g)?.filter((s) => s !== '') ?? [text];
}

function splitLong(text: string, max: number): string[] {
  if (text.length <= max) return [text];
  const out: string[] = [];
  let current = '';
  const pieces = sentences(text).flatMap((s) => (s.length <= max ? [s] : wordChunks(s, max)));
  for (const s of pieces) {
    if (current && current.length + s.length > max) {
      out.push(current.trim());
      current = '';
    }
    current += s;
  }
  if (current.trim()) out.push(current.trim());
  return out;
}

function wordChunks(text: string, max: number): string[] {
  const out: string[] = [];
  let rest = text;
  while (rest.length > max) {
    let cut = rest.lastIndexOf(' ', max);
    if (cut < max / 2) cut = max;
    out.push(rest.slice(0, cut) + ' ');
    rest = rest.slice(cut).trimStart();
  }
  if (rest) out.push(rest);
  return out;
}

export function splitPassages(body: string, max = MAX_PASSAGE, min = MIN_PASSAGE): string[] {
  const merged: string[] = [];
  let pending = '';
  for (const p of paragraphs(body)) {
    const text = pending ? `${pending}\n${p}` : p;
    if (text.length < min) {
      pending = text;
      continue;
    }
    pending = '';
    merged.push(text);
  }
  if (pending) {
    if (merged.length > 0 && merged[merged.length - 1].length + pending.length < max)
      merged[merged.length - 1] += `\n${pending}`;
    else merged.push(pending);
  }
  return merged.flatMap((p) => splitLong(p, max));
}
