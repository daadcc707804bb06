/**
 * Latin letter groups → phones (stage: indexer/arabic/names, pure data), longest group first.
 * Sources: how Arabic media transliterate English, French, Russian (BGN/PCGN-style: kh → خ, sh → ش,
 * -ov → وف, v → ف), Serbo-Croatian (ć/č → تش) and Pinyin (see rules/pinyin.ts), and English spellings of
 * Arabic names (kh خ, gh غ, dh ذ/ض, th ث).
 * `pinyin` entries override the general reading when the word segments into Pinyin syllables.
 */
export interface Grapheme {
  readonly latin: string;
  readonly phones: string;
  /** Reading when the word is Pinyin, if different. */
  readonly pinyin?: string;
}

export const LATIN_GRAPHEMES: readonly Grapheme[] = [
  { latin: 'tsch', phones: 'c' },             // German Tschechow
  { latin: 'sch', phones: 'x' },              // Schulz → شولتس
  { latin: 'tch', phones: 'c' },              // French Tchad
  { latin: 'tsh', phones: 'c' },
  { latin: 'dzh', phones: 'j' },
  { latin: 'sh', phones: 'x' },               // Patrushev → باتروشيف
  { latin: 'ch', phones: 'c' },               // Chen → تشن, Sochi → سوتشي
  { latin: 'zh', phones: 'j', pinyin: 'c' },  // Zhukov → جوكوف; Zhao → تشاو
  { latin: 'kh', phones: 'q' },               // Khaled → خالد
  { latin: 'gh', phones: 'j' },               // Ghali → غالي
  { latin: 'dh', phones: 'z' },               // Dhahran → الظهران
  { latin: 'th', phones: 't' },               // Thani; ث is read t as well
  { latin: 'ph', phones: 'f' },
  { latin: 'ck', phones: 'k' },
  { latin: 'dj', phones: 'j' },               // French Djibouti → جيبوتي
  { latin: 'ou', phones: 'u' },               // French Youssef
  { latin: 'a', phones: 'a' },
  { latin: 'b', phones: 'b' },
  { latin: 'c', phones: 'k', pinyin: 'ts' },  // before e/i/y: s (handled in code)
  { latin: 'd', phones: 'd' },
  { latin: 'e', phones: 'i' },                // e/i confusion: Medvedev → ميدفيديف
  { latin: 'f', phones: 'f' },
  { latin: 'g', phones: 'j' },                // G is one class with ج غ ق
  { latin: 'h', phones: 'h' },
  { latin: 'i', phones: 'i' },
  { latin: 'j', phones: 'j' },
  { latin: 'k', phones: 'k' },
  { latin: 'l', phones: 'l' },
  { latin: 'm', phones: 'm' },
  { latin: 'n', phones: 'n' },
  { latin: 'o', phones: 'u' },                // o/u confusion: Kolesov → كوليسوف
  { latin: 'p', phones: 'b' },                // p → ب
  { latin: 'q', phones: 'k', pinyin: 'c' },   // Qatar → قطر; Wenqing → ون تشينغ
  { latin: 'r', phones: 'r' },
  { latin: 's', phones: 's' },
  { latin: 't', phones: 't' },
  { latin: 'u', phones: 'u' },
  { latin: 'v', phones: 'f' },                // v → ف
  { latin: 'w', phones: 'W' },
  { latin: 'x', phones: 'ks', pinyin: 'x' },  // Alexander → الكسندر; Xi → شي
  { latin: 'y', phones: 'Y' },
  { latin: 'z', phones: 'z', pinyin: 'ts' },  // Zedong → تسي تونغ
];
