/**
 * Arabic proclitics of a normalized word (stage: indexer/arabic, pure). PLACEHOLDER with the signature
 * agreed with issue 12 (their clitic model replaces this file at merge): conjunction و/ف, then
 * preposition ب/ك/ل or future س, then the article ال (ل + ال is written لل). A clitic is only split
 * off when at least MIN_BASE letters remain (بوتين keeps its ب: وتين is 4 letters, so this simple
 * version does strip it; callers that care also try the whole word).
 */
const MIN_BASE = 3;

export function splitClitics(normalizedWord: string): { proclitics: string; base: string; enclitic: string } {
  const m = /^([وف]?)([بكلس]?)(ال)?(.*)$/u.exec(normalizedWord)!;
  let [, conj, prep, article, base] = m as unknown as [string, string, string, string | undefined, string];
  // لل = ل + ال with the alef dropped (للصين)
  if (!article && prep === 'ل' && base.startsWith('ل') && [...base].length - 1 >= MIN_BASE) { article = 'ل'; base = base.slice(1); }
  if ([...base].length < MIN_BASE) {
    // Give back clitics from the innermost until the base is long enough.
    const parts = [conj, prep, article ?? ''];
    while ([...base].length < MIN_BASE && parts.some((p) => p !== '')) {
      const i = parts[2] ? 2 : parts[1] ? 1 : 0;
      base = parts[i] + base;
      parts[i] = '';
    }
    return { proclitics: parts.join(''), base, enclitic: '' };
  }
  return { proclitics: conj + prep + (article ?? ''), base, enclitic: '' };
}
