/**
 * Countries the generated articles are about: ISO 3166-1 alpha-2 code, the Arabic name written in
 * the text (so the indexer's gazetteer finds it) and a capital for datelines. Chosen to vary the
 * country facet and to include confusable names (عمان Oman / Amman).
 */
export interface Country {
  code: string;
  name: string;
  capital: string;
}

export const COUNTRIES: readonly Country[] = [
  { code: 'CN', name: 'الصين', capital: 'بكين' },
  { code: 'RU', name: 'روسيا', capital: 'موسكو' },
  { code: 'VN', name: 'فيتنام', capital: 'هانوي' },
  { code: 'EG', name: 'مصر', capital: 'القاهرة' },
  { code: 'SA', name: 'السعودية', capital: 'الرياض' },
  { code: 'IQ', name: 'العراق', capital: 'بغداد' },
  { code: 'SY', name: 'سوريا', capital: 'دمشق' },
  { code: 'DZ', name: 'الجزائر', capital: 'الجزائر' },
  { code: 'IR', name: 'إيران', capital: 'طهران' },
  { code: 'TR', name: 'تركيا', capital: 'أنقرة' },
  { code: 'RS', name: 'صربيا', capital: 'بلغراد' },
  { code: 'AM', name: 'أرمينيا', capital: 'يريفان' },
  { code: 'AF', name: 'أفغانستان', capital: 'كابول' },
  { code: 'JO', name: 'الأردن', capital: 'عمان' },
  { code: 'OM', name: 'عمان', capital: 'مسقط' },
  { code: 'MA', name: 'المغرب', capital: 'الرباط' },
  { code: 'TN', name: 'تونس', capital: 'تونس' },
  { code: 'LB', name: 'لبنان', capital: 'بيروت' },
  { code: 'AE', name: 'الإمارات', capital: 'أبوظبي' },
  { code: 'QA', name: 'قطر', capital: 'الدوحة' },
  { code: 'KZ', name: 'كازاخستان', capital: 'أستانا' },
  { code: 'PK', name: 'باكستان', capital: 'إسلام آباد' },
  { code: 'IN', name: 'الهند', capital: 'نيودلهي' },
  { code: 'FR', name: 'فرنسا', capital: 'باريس' },
];

export const MONTHS = [
  'يناير',
  'فبراير',
  'مارس',
  'أبريل',
  'مايو',
  'يونيو',
  'يوليو',
  'أغسطس',
  'سبتمبر',
  'أكتوبر',
  'نوفمبر',
  'ديسمبر',
] as const;
