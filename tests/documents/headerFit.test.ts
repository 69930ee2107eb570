// Lines of a header, a title or a signature that never wrap inside a name (src/documents/headerFit.ts,
// unitNames.ts): where a line breaks, how the header's columns and sizes are chosen within Nghị
// định 30's ranges, and how a unit's name is read for the profile's defaults.
import { describe, expect, it } from 'vitest';
import { breakLine, fitHeader, fitLines, unbreakable, unbrokenTitle } from '../../src/documents/headerFit';
import { HEADER, mm, pt, TEXT_WIDTH, textWidth } from '../../src/documents/layout';
import { isCommuneName, nameParts, words } from '../../src/documents/unitNames';
import { forms } from '../fixtures/dossier';

const names = forms.common.unitNames;
const QUOC_HIEU = forms.common.nationalTitle;
/** Breaks at `width` twips, bold 13 pt. */
const broken = (text: string, width: number) =>
  breakLine(text, (line) => textWidth(line, pt(13), true) <= width, names, (line) => textWidth(line, pt(13), true));

describe('reading a unit name', () => {
  it('finds the place after the body type, never in "xã hội"', () => {
    expect(nameParts('Ủy ban nhân dân xã Ea Kao', names)).toEqual({ body: 'Ủy ban nhân dân', placeWord: 'xã', placeName: 'Ea Kao', place: 'xã Ea Kao' });
    expect(nameParts('Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Đắk Lắk', names)?.place).toBe('tỉnh Đắk Lắk');
    expect(nameParts('Sở Văn hóa, Thể thao và Du lịch', names)).toBeUndefined();
    expect(nameParts('Sở Lao động - Thương binh và Xã hội', names)).toBeUndefined();
    expect(nameParts('SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI', names)).toBeUndefined();
    expect(isCommuneName('Ủy ban nhân dân phường Tân An', names)).toBe(true);
    expect(isCommuneName('Đảng ủy xã Ea Kar', names)).toBe(true);
    expect(isCommuneName('Công an tỉnh Đắk Lắk', names)).toBe(false);
  });

  it('keeps places and the names of content/forms whole', () => {
    const list = words('Ủy ban nhân dân xã Ea Kao thuộc tỉnh Đắk Lắk');
    const kept = unbreakable(list, names);
    expect(list.filter((_, index) => kept[index])).toEqual(['ban', 'nhân', 'dân', 'Ea', 'Kao', 'Đắk', 'Lắk']);
  });
});

describe('breaking a line that is too long', () => {
  it('breaks where an official would: before "và", after a comma, before a place', () => {
    const width = mm(62);
    expect(broken('SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH', width)).toEqual({ parts: ['SỞ VĂN HÓA, THỂ THAO', 'VÀ DU LỊCH'], natural: true });
    expect(broken('PHÒNG QUẢN LÝ VĂN HÓA VÀ GIA ĐÌNH', width)).toEqual({ parts: ['PHÒNG QUẢN LÝ VĂN HÓA', 'VÀ GIA ĐÌNH'], natural: true });
    expect(broken('ỦY BAN NHÂN DÂN XÃ EA KAO', mm(50))).toEqual({ parts: ['ỦY BAN NHÂN DÂN', 'XÃ EA KAO'], natural: true });
    expect(broken('ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK', mm(50)).parts).toEqual(['ỦY BAN NHÂN DÂN', 'TỈNH ĐẮK LẮK']);
  });

  it('never inside a name; without a natural break, as evenly as it can and never one word alone', () => {
    // "HỘI ĐỒNG THI ĐUA - KHEN / THƯỞNG" was the fault: "Thi đua - Khen thưởng" stays whole
    expect(broken('HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG', mm(62))).toEqual({ parts: ['HỘI ĐỒNG', 'THI ĐUA - KHEN THƯỞNG'], natural: false });
    const caption = broken('XÁC NHẬN CỦA CẤP TRÌNH KHEN THƯỞNG', mm(75));
    expect(caption.parts).toEqual(['XÁC NHẬN CỦA', 'CẤP TRÌNH KHEN THƯỞNG']);
    const plain = broken('TRUNG TÂM VĂN HÓA THỂ THAO TRUYỀN THÔNG', mm(62));
    expect(plain.parts).toHaveLength(2);
    expect(plain.parts.every((part) => part.includes(' '))).toBe(true);
    expect(broken('ĐẮK LẮK', 10)).toEqual({ parts: ['ĐẮK LẮK'], natural: false });
  });

  it('fills a text far longer than a header line by line, in time linear in its words (a crafted file must not jam the page)', () => {
    const text = Array.from({ length: 40_000 }, (_, index) => (index % 7 === 0 ? 'VÀ' : 'THÀNH TÍCH')).join(' ');
    const width = mm(62);
    // weighing every break took minutes here; the test's own timeout catches a return of that
    const result = broken(text, width);
    expect(result.natural).toBe(false);
    expect(result.parts.join(' ')).toBe(text);
    expect(result.parts.every((part) => textWidth(part, pt(13), true) <= width)).toBe(true);
    expect(result.parts.length).toBeGreaterThan(1000);
  });

  it('condenses a line by at most HEADER.maxCondense per character before it breaks one', () => {
    const line = 'HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG';
    const natural = textWidth(line, pt(12), true);
    const [tight] = fitLines([line], pt(12), true, natural - 40, names);
    expect(tight).toEqual({ text: line, spacing: expect.any(Number) });
    expect(tight!.spacing).toBeLessThan(0);
    expect(-tight!.spacing).toBeLessThanOrEqual(HEADER.maxCondense);
    expect(fitLines([line], pt(12), true, natural - mm(10), names).map((l) => l.text)).toEqual(['HỘI ĐỒNG', 'THI ĐUA - KHEN THƯỞNG']);
  });
});

describe('the header beside the Quốc hiệu', () => {
  it('keeps 13 pt and the usual left column when the lines fit', () => {
    const fit = fitHeader([], ['Ủy ban nhân dân', 'xã Ea Kao'], QUOC_HIEU, names);
    expect(fit).toMatchObject({ size: pt(13), mottoSize: pt(14), columns: [HEADER.minLeft, TEXT_WIDTH - HEADER.minLeft], broken: [] });
    expect(fit.issuer).toEqual([
      { text: 'ỦY BAN NHÂN DÂN', spacing: 0 },
      { text: 'XÃ EA KAO', spacing: 0 },
    ]);
    expect(fit.nationalTitle).toEqual({ text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', spacing: 0 });
  });

  it("goes down to 12 pt (Nghị định 30: 12–13) and widens the left column for a long line, leaving room for the Quốc hiệu", () => {
    const fit = fitHeader(['UBND TỈNH ĐẮK LẮK'], ['SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH'], QUOC_HIEU, names);
    expect(fit.size).toBe(pt(12));
    expect(fit.mottoSize).toBe(pt(13));
    expect(fit.broken).toEqual([]);
    expect(fit.issuer.map((line) => line.text)).toEqual(['SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH']);
    const [left, right] = fit.columns;
    expect(left + right).toBe(TEXT_WIDTH);
    expect(left).toBeGreaterThan(HEADER.minLeft);
    // every line, condensed as printed, fits its column; the columns keep HEADER.gap apart
    const printed = (text: string, spacing: number, bold: boolean) => textWidth(text, fit.size, bold) + spacing * [...text].length;
    for (const line of fit.issuer) expect(printed(line.text, line.spacing, true)).toBeLessThanOrEqual(left);
    expect(printed(fit.nationalTitle.text, fit.nationalTitle.spacing, true) + HEADER.gap).toBeLessThanOrEqual(right);
  });

  it('breaks a division\'s name as an official does when it cannot fit whole, and says so', () => {
    const fit = fitHeader(['SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH'], ['PHÒNG QUẢN LÝ VĂN HÓA VÀ GIA ĐÌNH'], QUOC_HIEU, names);
    expect(fit.upper.map((line) => line.text)).toEqual(['SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH']);
    expect(fit.issuer.map((line) => line.text)).toEqual(['PHÒNG QUẢN LÝ VĂN HÓA', 'VÀ GIA ĐÌNH']);
    expect(fit.broken).toEqual([{ line: 'PHÒNG QUẢN LÝ VĂN HÓA VÀ GIA ĐÌNH', parts: ['PHÒNG QUẢN LÝ VĂN HÓA', 'VÀ GIA ĐÌNH'], natural: true }]);
  });
});

describe('titles', () => {
  const joined = (text: string) => text.split(' ');
  it('hold "2026 - 2031", names and places together, and never end on one word alone', () => {
    const subject = unbrokenTitle('đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2026 - 2031', names);
    expect(joined(subject)).toEqual(['đại', 'biểu', 'Hội\u00A0đồng\u00A0nhân\u00A0dân', 'các', 'cấp', 'nhiệm\u00A0kỳ\u00A02026\u00A0-\u00A02031']);
    const award = unbrokenTitle('ĐỀ NGHỊ TẶNG BẰNG KHEN CỦA CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH', names);
    expect(joined(award).at(-1)).toBe('ỦY\u00A0BAN\u00A0NHÂN\u00A0DÂN\u00A0TỈNH');
    const nominee = unbrokenTitle('Nguyễn Thị Thu Hà, Công chức, Ủy ban nhân dân xã Ea Kao', names, ['Nguyễn Thị Thu Hà']);
    expect(joined(nominee)).toEqual(['Nguyễn\u00A0Thị\u00A0Thu\u00A0Hà,', 'Công', 'chức,', 'Ủy\u00A0ban\u00A0nhân\u00A0dân', 'xã\u00A0Ea\u00A0Kao']);
  });
});
