/** Types for `arabic-reshaper` (GPL-3.0), which ships none: the two functions we may call. */
declare module 'arabic-reshaper' {
  /** Logical-order Arabic letters → their contextual presentation forms (FB50–FEFF), lam-alef as one ligature. */
  export function convertArabic(text: string): string;
  /** Presentation forms back to base letters. */
  export function convertArabicBack(text: string): string;
  const reshaper: { convertArabic: typeof convertArabic; convertArabicBack: typeof convertArabicBack };
  export default reshaper;
}
