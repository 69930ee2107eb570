// The pure helpers of src/documents and src/dossier: document numbers, counts, file names, the
// campaign references and the starting text of a report (Vietnamese text in general:
// tests/unit/vietnamese-text.test.ts).
import { describe, expect, it } from 'vitest';
import { asciiSlug, dossierFileNames, reportFileName } from '../../src/documents/fileNames';
import { textWidth } from '../../src/documents/layout';
import { cleanLine, countsPhrase, documentNumber, sanitizeText } from '../../src/documents/text';
import { starterSections } from '../../src/dossier/starter';
import { BLANK } from '../../src/text/vietnamese';
import { commune, computedTurnout, forms, individual, references, rules } from '../fixtures/dossier';
import { CONTROLS, CONTROLS_CLEAN, LONG_SECTION, NFC_NAME, NFD_NAME } from '../fixtures/hostile';

describe('sanitizeText', () => {
  it('removes what XML forbids, keeps tabs, line breaks and emoji, and writes NFC', () => {
    expect(sanitizeText(CONTROLS)).toBe(CONTROLS_CLEAN);
    expect(sanitizeText('a\tb\r\nc\rd')).toBe('a\tb\nc\nd');
    expect(sanitizeText('🎉 \uD83D\uDC4D')).toBe('🎉 👍');
    expect(sanitizeText('\uDC4D\uD83D')).toBe('');
    expect(NFD_NAME).not.toBe(NFC_NAME);
    expect(sanitizeText(NFD_NAME)).toBe(NFC_NAME);
  });

  it('handles any length', () => {
    const long = `${LONG_SECTION}\u0000`.repeat(4);
    expect(sanitizeText(long)).toHaveLength(LONG_SECTION.length * 4);
  });

  it('collapses one line without touching the blanks left to fill by hand', () => {
    expect(cleanLine('  Ủy ban \n nhân\tdân  ')).toBe('Ủy ban nhân dân');
    expect(cleanLine(`Số: ${BLANK}/TTr`)).toBe(`Số: ${BLANK}/TTr`);
  });

});

describe('document numbers and counts', () => {
  it('pads document numbers under 10 and leaves a blank when there is none yet', () => {
    expect(documentNumber('5')).toBe('05');
    expect(documentNumber('05')).toBe('05');
    expect(documentNumber('12')).toBe('12');
    expect(documentNumber('12a')).toBe('12a');
    expect(documentNumber('  ')).toBe(BLANK);
  });

  it('says the counts with only the kinds present', () => {
    expect(countsPhrase(forms.common, 1, 2)).toBe('01 tập thể và 02 cá nhân');
    expect(countsPhrase(forms.common, 0, 12)).toBe('12 cá nhân');
    expect(countsPhrase(forms.common, 2, 0)).toBe('02 tập thể');
  });
});

describe('file names', () => {
  it('strips Vietnamese diacritics, đ included', () => {
    expect(asciiSlug('Nguyễn Văn An')).toBe('nguyen-van-an');
    expect(asciiSlug('Đặng Thị Ánh Tuyết')).toBe('dang-thi-anh-tuyet');
    expect(asciiSlug(NFD_NAME)).toBe('nguyen-thi-anh-tuyet');
    expect(asciiSlug('Ủy ban nhân dân xã Ea Tu, Đội 3 (thôn 5)')).toBe('uy-ban-nhan-dan-xa-ea-tu-doi-3-thon-5');
    expect(asciiSlug('🎉 <>&')).toBe('');
    expect(asciiSlug('a'.repeat(100))).toHaveLength(60);
  });

  it('numbers the dossier in the order a reviewer reads it (letter, the list attached to it, minutes, reports) with unique report names', () => {
    const names = dossierFileNames(forms, [commune, individual, { ...individual, id: 'x' }, { ...individual, id: 'y', name: '***' }], 'UBND xã Hòa Phú');
    expect([names.letter, names.list, names.minutes, ...names.reports.values()]).toEqual([
      '01-to-trinh.docx',
      '02-danh-sach-de-nghi.docx',
      '03-bien-ban-hop-xet.docx',
      '04-bao-cao-thanh-tich-uy-ban-nhan-dan-xa-hoa-phu.docx',
      '05-bao-cao-thanh-tich-nguyen-van-an.docx',
      '06-bao-cao-thanh-tich-nguyen-van-an-2.docx',
      '07-bao-cao-thanh-tich-4.docx',
    ]);
    expect(names.zip).toBe('ho-so-de-nghi-khen-thuong-ubnd-xa-hoa-phu.zip');
    expect(reportFileName(forms, individual)).toBe('bao-cao-thanh-tich-nguyen-van-an.docx');
    const many = dossierFileNames(forms, Array.from({ length: 120 }, (_, i) => ({ id: `${i}`, name: 'A' })));
    expect(many.letter).toBe('001-to-trinh.docx');
    expect(new Set(many.reports.values()).size).toBe(120);
    for (const name of many.reports.values()) expect(name).toMatch(/^[a-z0-9-]+\.docx$/);
  });
});

describe('campaign references (from content/)', () => {
  it('reads the plan, the award and the legal bases', () => {
    expect(references).toMatchObject({
      planNumber: rules.planDocument.number,
      planDate: { day: 18, month: 11, year: 2025 },
      planIssuer: 'Ủy ban nhân dân tỉnh Đắk Lắk',
      campaignName: rules.planDocument.campaignName,
      awardName: 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh',
      addressee: 'Chủ tịch Ủy ban nhân dân tỉnh Đắk Lắk',
      via: 'Sở Nội vụ',
      receiver: 'Sở Nội vụ (qua Phòng Xây dựng chính quyền)',
      criteriaClause: 'Mục III.3.2',
      quotaClause: 'Mục IV.2',
      exclusionClause: 'Mục III.1.b',
    });
    // Nghị định 152/2025 with its exact title (verified against QĐ 07/2026/QĐ-UBND of Đắk Lắk and the
    // Cần Thơ portal: a semicolon between the halves, "và hướng dẫn thi hành")
    expect(references.legalBases).toEqual([
      'Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022',
      'Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ quy định về phân cấp, phân quyền trong lĩnh vực thi đua, khen thưởng; quy định chi tiết và hướng dẫn thi hành một số điều của Luật Thi đua, khen thưởng',
      `Kế hoạch số 0125/KH-UBND ngày 18 tháng 11 năm 2025 của Ủy ban nhân dân tỉnh Đắk Lắk về ${rules.planDocument.title.charAt(0).toLowerCase()}${rules.planDocument.title.slice(1)}`,
    ]);
    expect(references.legalBases.join(' ')).not.toContain('98/2023');
    // offered to the unit, not a default
    expect(references.optionalLegalBases).toEqual([
      'Quyết định số 07/2026/QĐ-UBND ngày 19 tháng 01 năm 2026 của Ủy ban nhân dân tỉnh Đắk Lắk quy định về công tác thi đua, khen thưởng trên địa bàn tỉnh Đắk Lắk',
    ]);
  });
});

describe('starting text of a report', () => {
  it('fills section I from the nominee and section II from the self-check', () => {
    const person = starterSections(forms, references, individual);
    expect(person['thong-tin-chung']).toContain('- Họ và tên: Nguyễn Văn Ấn\n- Ngày, tháng, năm sinh: 1985\n- Giới tính: Nam');
    expect(person['thong-tin-chung']).toContain('- Chức vụ (Đảng, chính quyền, đoàn thể): Công chức Văn phòng - Thống kê');
    expect(person['thanh-tich']).toBeUndefined();

    const criteria = rules.criteria.filter((c) => c.nomineeKind === 'xa-phuong').map((c) => c.text);
    const place = starterSections(forms, references, commune, { turnout: computedTurnout('9800', '9604'), criteriaMet: criteria.slice(0, 1) });
    expect(place['thanh-tich']).toBe(
      [
        '- Tổng số cử tri trong danh sách: 9.800 người; số cử tri đã tham gia bỏ phiếu: 9.604 người, đạt tỷ lệ 98%.',
        '- Đối chiếu tiêu chuẩn tại Mục III.3.2 Kế hoạch số 0125/KH-UBND, đơn vị đã đạt:',
        `+ ${criteria[0]}`,
      ].join('\n'),
    );
  });

  it('has no section II text without figures or criteria met (invalid figures give no turnout: see reportFacts)', () => {
    expect(starterSections(forms, references, commune, {})['thanh-tich']).toBeUndefined();
    expect(starterSections(forms, references, commune, { criteriaMet: [' '] })['thanh-tich']).toBeUndefined();
  });
});

describe('text width estimate (for the rules under the header lines)', () => {
  it('matches Times New Roman: the motto at 14 pt bold is about 6 cm', () => {
    const motto = textWidth('Độc lập - Tự do - Hạnh phúc', 28, true);
    expect(motto).toBeGreaterThan(3300);
    expect(motto).toBeLessThan(3500);
    expect(textWidth('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 26, true)).toBeLessThan(5840);
  });
});
