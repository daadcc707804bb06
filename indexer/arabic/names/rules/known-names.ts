/**
 * Latin spellings whose Arabic form is not a transliteration (exonyms: Beijing → بكين) or whose
 * short vowels Arabic does not write (Omar → عمر), so the sound rules cannot reach it.
 * The query key of such a word is the key of its Arabic spelling (normalized: ة→ه, ى→ي, أ→ا).
 * Sources: Arabic names of capitals and countries as used by Al Jazeera, BBC Arabic, Xinhua Arabic;
 * Arabic given names in their standard spelling.
 */
export const KNOWN_NAMES: Readonly<Record<string, string>> = {
  // exonyms: places
  beijing: 'بكين', peking: 'بكين', peiping: 'بكين',
  moskva: 'موسكو', moscou: 'موسكو', beograd: 'بلغراد',
  china: 'الصين', egypt: 'مصر', cairo: 'القاهره', damascus: 'دمشق', jerusalem: 'القدس',
  mecca: 'مكه', makkah: 'مكه', medina: 'المدينه', jordan: 'الاردن', morocco: 'المغرب',
  algeria: 'الجزائر', algiers: 'الجزائر', tunisia: 'تونس', tunis: 'تونس', germany: 'المانيا',
  greece: 'اليونان', india: 'الهند', japan: 'اليابان', turkey: 'تركيا', turkiye: 'تركيا',
  netherlands: 'هولندا', lebanon: 'لبنان', aleppo: 'حلب', yemen: 'اليمن', iraq: 'العراق',
  // Arabic given names and name parts whose short vowels are unwritten
  omar: 'عمر', umar: 'عمر', omer: 'عمر', saleh: 'صالح', salih: 'صالح', salah: 'صلاح',
  ali: 'علي', aly: 'علي', bin: 'بن', ben: 'بن', ibn: 'بن', abu: 'ابو', abou: 'ابو',
  abd: 'عبد', abdel: 'عبد', abdul: 'عبد', abdal: 'عبد', abdol: 'عبد',
  allah: 'الله', assad: 'الاسد', asad: 'الاسد', hasan: 'حسن', hussein: 'حسين', husain: 'حسين', hussain: 'حسين',
  youssef: 'يوسف', yousef: 'يوسف', yusuf: 'يوسف', youssouf: 'يوسف', yosef: 'يوسف', osman: 'عثمان', othman: 'عثمان', saad: 'سعد', saud: 'سعود', hamad: 'حمد', zayed: 'زايد', faisal: 'فيصل', feisal: 'فيصل',
};

/** Latin endings spelling الله after a name part (Abdullah, Hamdullah, Nasrallah): the part, then الله. */
export const ALLAH_SUFFIX = /^(.+?)[-' ]?(?:u|a|o|e|i)?llah?$/;
