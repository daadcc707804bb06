/**
 * The unit every display stage passes on: text in logical order with one `marked` flag per UTF-16
 * code unit, so emphasis follows its letters through shaping, wrapping and reordering.
 * Built from the API's highlighted HTML (`<mark>` around matches, entities escaped).
 */
export interface StyledText {
  text: string;
  /** `marked[i]` says whether `text[i]` is part of a match. Same length as `text`. */
  marked: boolean[];
}

export function plain(text: string): StyledText {
  return { text, marked: new Array<boolean>(text.length).fill(false) };
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** `a &amp; <mark>b</mark>` → text `a & b`, `b` marked. Other tags are dropped, their text kept. */
export function fromMarkedHtml(html: string): StyledText {
  let text = '';
  const marked: boolean[] = [];
  let depth = 0;
  const push = (s: string) => {
    text += s;
    for (let i = 0; i < s.length; i++) marked.push(depth > 0);
  };
  const pattern = /<(\/?)([a-zA-Z]+)[^>]*>|&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);|[^<&]+|[<&]/g;
  for (const m of html.matchAll(pattern)) {
    if (m[2] !== undefined) {
      if (m[2].toLowerCase() === 'mark') depth = Math.max(0, depth + (m[1] ? -1 : 1));
    } else if (m[3] !== undefined) {
      push(decodeEntity(m[3]) ?? m[0]);
    } else {
      push(m[0]);
    }
  }
  return sanitize({ text, marked });
}

function decodeEntity(name: string): string | undefined {
  if (name.startsWith('#')) {
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
  }
  return NAMED_ENTITIES[name];
}

/**
 * Documents are untrusted: a C0/C1 control character (ESC above all) would let a document drive the
 * user's terminal. Tabs and line breaks become spaces; every other control character is removed.
 */
export function sanitize(s: StyledText): StyledText {
  let text = '';
  const marked: boolean[] = [];
  for (let i = 0; i < s.text.length; i++) {
    const c = s.text[i]!;
    if (/[\t\n\r\v\f]/.test(c)) {
      text += ' ';
      marked.push(s.marked[i]!);
      continue;
    }
    if (/[\u0000-\u001f\u007f-\u009f]/.test(c)) continue;
    text += c;
    marked.push(s.marked[i]!);
  }
  return { text, marked };
}
