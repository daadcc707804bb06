/**
 * Country labels for the API: the code with its Arabic name, from the same source the indexer
 * recognises country names with (indexer/extract/countries.ts).
 */
import { arabicCountryName } from '../indexer/extract/countries.ts';
import type { CountryLabel } from './api-types.ts';

export function countryLabel(code: string): CountryLabel {
  return { code, label: arabicCountryName(code) };
}
