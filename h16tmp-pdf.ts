import fs from 'node:fs';
import { PDFDocument } from 'pdf-lib';
import fontkit from '@pdf-lib/fontkit';
import reshaper from 'arabic-reshaper';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
const font = fs.readFileSync('node_modules/@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-400-normal.woff');
const OFF = { init: false, medi: false, fina: false, isol: false, liga: false, rlig: false, calt: false, ccmp: false, mark: false, mkmk: false, kern: false };
async function make(text: string) {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const f = await doc.embedFont(font, { subset: false, features: OFF });
  const page = doc.addPage([500, 300]);
  page.drawText(text, { x: 20, y: 200, size: 18, font: f });
  return doc.save();
}
async function extract(bytes: Uint8Array, opts = {}) {
  const pdf = await getDocument({ data: bytes, ...opts }).promise;
  const page = await pdf.getPage(1);
  const tc = await page.getTextContent();
  return tc.items.map((i: any) => i.str + '|' + i.dir).join('\n');
}
const s = 'باتروشيف في موسكو';
const shaped = reshaper.convertArabic(s);
const rev = (t: string) => [...t].reverse().join('');
for (const [name, t] of [['base', s], ['base-rev', rev(s)], ['shaped', shaped], ['shaped-rev', rev(shaped)]]) {
  const b = await make(t);
  const out = await extract(b);
  console.log(name, JSON.stringify(out), [...out].slice(0,3).map(c=>c.codePointAt(0)!.toString(16)));
}
