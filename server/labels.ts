/** Arabic display names of countries, from the ICU data in Node (`Intl.DisplayNames`). */
import type { CountryLabel } from './api-types.ts';

const NAMES = new Intl.DisplayNames(['ar'], { type: 'region', fallback: 'code' });

export function countryLabel(code: string): CountryLabel {
  let label = code;
  try { label = NAMES.of(code) ?? code; } catch { /* not a region code */ }
  return { code, label };
}
