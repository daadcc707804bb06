/**
 * Arabizi (Arabic chat alphabet) digits → phones (stage: indexer/arabic, pure data).
 * Source: DESIGN.md "Arabic facts" and the common chat-alphabet charts (Wikipedia "Arabic chat alphabet").
 * Where a digit has two readings the key picks one class: 8 ق/غ are one class (j); 9 is read ص
 * (Gulf usage, 9aba7 صباح) since ق already has 8.
 */
export const ARABIZI_DIGITS: Readonly<Record<string, string>> = {
  "3'": 'j',  // غ
  "7'": 'q',  // خ
  "6'": 'z',  // ظ
  "9'": 'd',  // ض
  '2': '?',   // ء
  '3': '?',   // ع
  '5': 'q',   // خ
  '6': 't',   // ط
  '7': 'h',   // ح
  '8': 'j',   // ق / غ
  '9': 's',   // ص (sometimes ق)
};
