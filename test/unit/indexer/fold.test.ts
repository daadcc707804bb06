/**
 * One normalizer for the extractors: dates, boilerplate and countries read text through the
 * analyzer's `normalize`, so every spelling the search accepts also reaches them. For each character
 * rule in FILTERS, three sample texts are rewritten with the characters that rule folds (ي → ى,
 * letters → presentation forms, digits → Arabic-Indic, harakat inserted …); the date, the share-line
 * verdict and the countries must come out as for the plain text.
 */
import { describe, expect, it } from 'vitest';
import { FILTERS, normalize } from '../../../indexer/arabic/analyzer.ts';
import type { CharRule } from '../../../indexer/arabic/rules/char-rule.ts';
import { isShareLine, removeBoilerplate } from '../../../indexer/extract/boilerplate.ts';
import { extractCountries } from '../../../indexer/extract/countries.ts';
import { extractDate } from '../../../indexer/extract/date.ts';

const RULES = FILTERS.flatMap((f) => (f.kind === 'chars' ? f.rules : []));

// Ufa, Russia, Friday 20 January 2021 (the AFP official's agency) - an official said
const DATELINE = "أوفا, روسيا الجمعة 20 يناير 2021 (AFP official's) - قال مسؤول";
// share: Facebook, Twitter, WhatsApp
const SHARE = 'مشاركة: فيسبوك تويتر واتساب facebook';
// An official in China's affairs said Russia and India will hold a conference in New Delhi; the Prophet, peace be upon him
const COUNTRIES = 'قال مسؤول في شؤون الصين إن روسيا والهند ستعقدان مؤتمرا في نيودلهي، محمد صلى الله عليه وسلم.';

/** Every single character a rule rewrites (ranges enumerated). */
function ruleChars(rule: CharRule): string[] {
  return rule.from.flatMap((item) => {
    if (typeof item === 'string') return [item];
    const out: string[] = [];
    for (let c = item[0]; c <= item[1]; c++) out.push(String.fromCharCode(c));
    return out;
  });
}

/**
 * `text`, normalized, then written with the characters `rule` folds: each string the rule's
 * characters normalize to is replaced by one such character (longest first), and a character the
 * rule removes is inserted after every Arabic letter.
 */
function spellWith(rule: CharRule, plain: string): string {
  const text = normalize(plain);
  const inverse = new Map<string, string>();
  let removed: string | undefined;
  for (const ch of ruleChars(rule)) {
    const out = normalize(ch);
    if (out === ch) continue;
    if (out === '') removed ??= ch;
    else if (!inverse.has(out)) inverse.set(out, ch);
  }
  if (removed !== undefined) return text.replace(/[\u0621-\u064A]/g, (letter) => letter + removed);
  const outputs = [...inverse.keys()].sort((a, b) => b.length - a.length);
  let result = '';
  for (let i = 0; i < text.length;) {
    const hit = outputs.find((o) => text.startsWith(o, i));
    if (hit === undefined) result += text[i++];
    else {
      result += inverse.get(hit);
      i += hit.length;
    }
  }
  return result;
}

describe('the extractors see what the analyzer sees, for every character rule', () => {
  const plainCountries = extractCountries(COUNTRIES).sort();

  it('the plain samples give a date, a share line and three countries (so the checks below can fail)', () => {
    expect(extractDate(`${DATELINE}\nنص.`).date).toBe('2021-01-20');
    expect(isShareLine(SHARE)).toBe(true);
    expect(plainCountries).toEqual(['CN', 'IN', 'RU']);
  });

  it.each(RULES.map((r) => [r.name, r] as const))('%s', (name, rule) => {
    const texts = [DATELINE, SHARE, COUNTRIES].map((t) => spellWith(rule, t));
    expect(
      texts.some((t, i) => t !== normalize([DATELINE, SHARE, COUNTRIES][i])),
      `${name} changes none of the samples: add text it applies to`,
    ).toBe(true);
    const [dateline, share, countries] = texts;
    expect(normalize(dateline)).toBe(normalize(DATELINE));
    expect(extractDate(`${dateline}\nنص.`).date, `dateline spelled with ${name}: ${dateline}`).toBe('2021-01-20');
    expect(
      removeBoilerplate(`${share}\nنص الخبر.`).removed.map((r) => r.rule),
      `share line spelled with ${name}: ${share}`,
    ).toEqual(['share']);
    expect(extractCountries(countries).sort(), `countries spelled with ${name}: ${countries}`).toEqual(plainCountries);
  });
});

describe('the examples the issue named', () => {
  it('a dateline in presentation forms gets its date: بكين 20 ﻳﻨﺎﻳﺮ 2021 (Beijing, 20 January 2021)', () => {
    expect(extractDate('بكين 20 ﻳﻨﺎﻳﺮ 2021 - قال\nنص.')).toMatchObject({ date: '2021-01-20', from: 'dateline' });
  });
  it('a share line with Persian kaf and yeh is removed: مشارکه فیسبوک تویتر (share Facebook Twitter)', () => {
    expect(removeBoilerplate('مشارکه فیسبوک تویتر\nنص الخبر.').text).toBe('نص الخبر.');
  });
});
