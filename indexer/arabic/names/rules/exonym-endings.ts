/**
 * Endings that European languages put on the same place name (stage: indexer/arabic/names, pure data).
 * A gazetteer entry is keyed by its English name (Egypt, India, Athens); German, French, Spanish,
 * Italian and Polish write the same name with their own ending (Ägypten, Égypte, Egipto;
 * Indien, Inde, Indie; Athen, Athènes, Atenas). The near lookup (../gazetteer-match.ts) compares the
 * names with one of these endings taken off either side, so a table entry is not needed per language.
 *
 * Sources: the country-name endings of each language's grammar (German -ien/-en: Indien, Algerien;
 * French -ie/-e: Algérie, Chine; Spanish/Italian/Portuguese -ia/-a/-o/-as/-i: Argelia, Egipto, Atenas,
 * Algeri; Polish -y/-ie: Chiny, Indie; Greek-derived -is: Tripolis).
 * Each ending's `example` is a spelling in that language and the English name it reaches, both from the
 * tuning half of the development set or the gazetteer (test/unit/names/gazetteer-match.test.ts).
 */
export interface ExonymEnding {
  readonly ending: string;
  readonly languages: string;
  /** A spelling with the ending, and the gazetteer's key it meets. */
  readonly example: readonly [string, string];
}

export const EXONYM_ENDINGS: readonly ExonymEnding[] = [
  { ending: 'ien', languages: 'German', example: ['indien', 'india'] },
  { ending: 'en', languages: 'German', example: ['agypten', 'egypt'] },
  { ending: 'ia', languages: 'English, Spanish, Italian, Polish', example: ['algieria', 'algiers'] },
  { ending: 'ie', languages: 'French, Polish', example: ['indie', 'india'] },
  { ending: 'es', languages: 'French', example: ['athenes', 'athens'] },
  { ending: 'as', languages: 'Spanish, Portuguese', example: ['atenas', 'athens'] },
  { ending: 'is', languages: 'German, Greek', example: ['tripolis', 'tripoli'] },
  { ending: 'e', languages: 'French, Italian, Portuguese', example: ['egypte', 'egypt'] },
  { ending: 'a', languages: 'Spanish, Italian, Polish, Indonesian', example: ['cina', 'china'] },
  { ending: 'o', languages: 'Spanish, Italian, Portuguese', example: ['egipto', 'egypt'] },
  { ending: 'i', languages: 'Italian', example: ['algeri', 'alger'] },
  { ending: 'y', languages: 'Polish, English', example: ['chiny', 'china'] },
  { ending: 's', languages: 'English, Spanish, German', example: ['bruselas', 'brussels'] },
];
