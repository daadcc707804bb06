import { describe, expect, it } from 'vitest';
import { normalize } from '../../../indexer/arabic/analyzer.ts';
import { dateSort, extractDate, parseGivenDate } from '../../../indexer/extract/date.ts';
import { MONTH_NAMES } from '../../../indexer/extract/months.ts';

describe('extractDate: datelines', () => {
  it.each([
    ['هانوي 20 فبراير 2021 (شينخوا) اتفق وزيرا الأمن', '2021-02-20', 'هانوي', 'Hanoi, Egyptian month name (seed 004)'],
    ['أوفا، روسيا 20 يونيو 2019 /قال مسئول أمني صيني', '2019-06-20', 'أوفا روسيا', 'Ufa, Russia (seed 003)'],
    ['بكين 20 ﻳﻨﺎﻳﺮ 2021 (شينخوا) قال', '2021-01-20', 'بكين', 'Beijing, January in presentation forms (from a PDF)'],
    ['ﺑﻜﻴﻦ ۲۰ يناير ۲۰۲۱ - قال', '2021-01-20', 'بكين', 'Beijing in presentation forms, Persian digits'],
    ['القاهرة - الجمعة 20 فبراير 2021 - قال الوزير', '2021-02-20', 'القاهرة', 'Cairo, weekday before the date'],
    [
      'بيروت، ١٥ شباط/فبراير ٢٠٢٣ (أ ف ب) - أعلن',
      '2023-02-15',
      'بيروت',
      'Beirut, Levantine/Egyptian pair, Arabic-Indic digits',
    ],
    ['بغداد 3 كانون الثاني 2020 - قال', '2020-01-03', 'بغداد', 'Baghdad, Levantine/Iraqi two-word month'],
    ['دمشق 1 تشرين الأول 2018 (سانا) أكد', '2018-10-01', 'دمشق', 'Damascus, October'],
    ['الجزائر 5 جويلية 2022: احتفلت البلاد', '2022-07-05', 'الجزائر', 'Algiers, Maghrebi July'],
    ['تونس 14 جانفي 2011 - خرج', '2011-01-14', 'تونس', 'Tunis, Maghrebi January'],
    ['الجزائر 1 أوت 2019 - أعلن', '2019-08-01', 'الجزائر', 'Maghrebi August'],
    ['الرباط 30 شتنبر 2020 - ', '2020-09-30', 'الرباط', 'Rabat, Moroccan September'],
    ['20 أبريل 2019 - قال المتحدث', '2019-04-20', null, 'no place'],
  ])('%s → %s (%s)', (text, date, place, _why) => {
    const d = extractDate(`${text}\nنص الخبر.`);
    // The place comes back as the analyzer normalized it (only the country lookup reads it).
    expect(d).toMatchObject({
      date,
      year: Number(date.slice(0, 4)),
      from: 'dateline',
      place: place === null ? null : normalize(place),
    });
  });

  it('Hijri and Gregorian on one dateline: both kept', () => {
    expect(extractDate('الرياض 5 رجب 1445 هـ الموافق 17 يناير 2024 - قال')).toMatchObject({
      date: '2024-01-17',
      hijriYear: 1445,
    });
  });
  it('the dateline span covers the agency and separator (stripped from the title)', () => {
    const text = 'هانوي 20 فبراير 2021 (شينخوا) اتفق';
    const { span } = extractDate(text);
    expect(text.slice(span![1])).toBe('اتفق');
  });
  it('the span is cut in the original text, whatever the normalization added or removed', () => {
    const text = 'ﷲ بكين 20 ﻳﻨﺎﻳﺮ 2021 (شينخوا) اتفق'; // one code unit that normalizes to four, shaped letters
    const { span } = extractDate(text);
    expect(text.slice(span![1])).toBe('اتفق');
  });
});

describe('extractDate: date lines', () => {
  it.each([
    ['نص\n\n2019-11-22', '2019-11-22', 'ISO date alone on a line (seed 000)'],
    ['نص\nنشر في: 22/11/2019 10:30', '2019-11-22', 'published: day/month/year and time'],
    ['نص\nالجمعة 20 فبراير 2021', '2021-02-20', 'weekday and date'],
    ['نص\n٢٠٢١/٠٢/٢٠', '2021-02-20', 'Arabic-Indic digits'],
    ['نص\nنوفمبر 2019', '2019-11', 'month and year only'],
  ])('%j → %s (%s)', (text, date) => expect(extractDate(text)).toMatchObject({ date, from: 'date-line' }));

  it('a Hijri year alone: hijri_year, no Gregorian date', () => {
    expect(extractDate('نص\n١٤٤٥ هـ')).toMatchObject({ date: null, year: null, hijriYear: 1445 });
  });
});

describe('extractDate: no guessing', () => {
  it.each([
    ['يصادف الذكرى السبعين لتأسيس الجمهورية', 'the seventieth anniversary'],
    ['حملة "التضامن والتعاون 2019-2021" مستمرة', 'a campaign period 2019-2021'],
    ['21 نوفمبر، أجرى وكيل الوزارة مباحثات', 'a dateline without a year (seed 000)'],
    ['في 20 فبراير 2021 وقع الاتفاق بعد مفاوضات طويلة', 'an event date opening a sentence'],
    ['قال الوزير.\nوأضاف أن الاتفاق وقع في 20 فبراير 2021 في بكين.', 'a date inside the body'],
    ['ولد عام 1990 في القاهرة', 'a year mentioned in prose'],
    ['نص\n2019', 'a bare year on a line'],
    ['نص\n31/02/2020', 'an impossible date'],
  ])('%s → no date (%s)', (text) => expect(extractDate(text)).toMatchObject({ date: null, year: null }));
});

describe('parseGivenDate (JSONL date wins)', () => {
  it.each([
    ['2020-05-01', '2020-05-01'],
    ['2020-05-01T10:00:00Z', '2020-05-01'],
    ['2020-05', '2020-05'],
    ['2020', '2020'],
    ['20 مايو 2020', '2020-05-20'],
  ])('%s → %s', (v, date) => expect(parseGivenDate(v)?.date).toBe(date));
  it('rejects a non-date', () => expect(parseGivenDate('قريبا')).toBeNull());
  it('wins over the dateline', () =>
    expect(extractDate('هانوي 20 فبراير 2021 نص', '2020-01-01')).toMatchObject({ date: '2020-01-01', from: 'data' }));
});

describe('MONTH_NAMES', () => {
  it('every Gregorian month has Egyptian and Levantine names', () => {
    for (const tradition of ['egyptian-gulf', 'levantine-iraqi']) {
      expect(new Set(MONTH_NAMES.filter((m) => m.tradition === tradition).map((m) => m.month)).size).toBe(12);
    }
  });
});

describe('dateSort', () => {
  it.each([
    ['2019-11-22', 20191122],
    ['2019-11', 20191100],
    ['2019', 20190000],
    [null, 0],
  ])('%s → %s', (d, n) => expect(dateSort(d)).toBe(n));
});
