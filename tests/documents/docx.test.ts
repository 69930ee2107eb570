// Builds every document type from fixture data, unzips it and checks the facts that matter in
// word/document.xml, the headers and the styles: page and margins, fonts, sizes, header texts,
// pre-filled figures, NFC text and escaping.
import { describe, expect, it } from 'vitest';
import {
  renderAchievementReport,
  renderDossierZip,
  renderMeetingMinutes,
  renderNomineeList,
  renderSubmissionLetter,
} from '../../src/documents';
import { FIRST_LINE_INDENT, HEADER, LANDSCAPE_TEXT_WIDTH, TEXT_WIDTH } from '../../src/documents/layout';
import { wrappedWidths } from '../../src/documents/parts/rule';
import type { GeneratedFile } from '../../src/documents/types';
import { commune, dossier, forms, individual, references, report, unit } from '../fixtures/dossier';
import { CONTROLS_CLEAN, EMOJI, hostileDossier, hostileReport, NFC_NAME, NFC_PARAGRAPH, XML_SPECIALS } from '../fixtures/hostile';
import { openDocx, paragraphs, paragraphWith, runs, runWithText, sectionProperties, spaced, tableGrids, unzipText } from './docxXml';

const TNR = 'Times New Roman';
const FORBIDDEN_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const dossierInput = dossier();
const built = {
  letter: await renderSubmissionLetter(dossierInput, forms),
  minutes: await renderMeetingMinutes(dossierInput, forms),
  list: await renderNomineeList(dossierInput, forms),
  collectiveReport: await renderAchievementReport(report(commune), forms),
  individualReport: await renderAchievementReport(report(individual), forms),
};
const all = Object.entries(built) as [keyof typeof built, GeneratedFile][];

describe('every document type', () => {
  it.each(all)('%s: A4 with the margins of Nghị định 30 in twips', (kind, file) => {
    const section = sectionProperties(openDocx(file.bytes).document);
    // 210 × 297 mm; margins 20 / 20 / 30 / 15 mm
    if (kind === 'list') {
      expect(section).toMatchObject({ width: 16838, height: 11906, orientation: 'landscape' });
    } else {
      expect(section).toMatchObject({ width: 11906, height: 16838, orientation: 'portrait' });
    }
    expect(section.margin).toMatchObject({ top: 1134, bottom: 1134, left: 1701, right: 850 });
  });

  it.each(all)('%s: Times New Roman on all four font slots of every run, and as the default', (_kind, file) => {
    const { document, styles, headers } = openDocx(file.bytes);
    const fontTags = [...`${document}${headers.join('')}`.matchAll(/<w:rFonts\b[^>]*\/>/g)].map((m) => m[0]);
    expect(fontTags.length).toBeGreaterThan(10);
    for (const tag of fontTags) {
      for (const slot of ['ascii', 'hAnsi', 'eastAsia', 'cs']) expect(tag).toContain(`w:${slot}="${TNR}"`);
    }
    for (const run of runs(document)) expect(run.fonts).toMatchObject({ ascii: TNR, hAnsi: TNR, eastAsia: TNR, cs: TNR });
    const defaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(styles)?.[0] ?? '';
    expect(defaults).toMatch(/<w:rFonts w:ascii="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman" w:hAnsi="Times New Roman"\/>/);
    expect(defaults).toContain('<w:sz w:val="28"/>');
  });

  it.each(all)('%s: page number field centred in the header from page 2 (titlePg, empty first header)', (_kind, file) => {
    const { document, headers } = openDocx(file.bytes);
    expect(sectionProperties(document).titlePage).toBe(true);
    expect(document).toMatch(/<w:headerReference w:type="default" r:id="\w+"\/>/);
    expect(document).toMatch(/<w:headerReference w:type="first" r:id="\w+"\/>/);
    const withNumber = headers.filter((xml) => /<w:instrText[^>]*>PAGE<\/w:instrText>/.test(xml));
    expect(withNumber).toHaveLength(1);
    expect(withNumber[0]).toContain('<w:jc w:val="center"/>');
    expect(withNumber[0]).toContain('<w:sz w:val="26"/>');
    expect(headers.filter((xml) => !xml.includes('PAGE')).length).toBe(1);
    // the margin above the header keeps the number inside the top margin
    expect(sectionProperties(document).margin.header).toBeLessThan(1134);
  });

  it.each(all)('%s: tables have fixed layouts and absolute widths; no form number; NFC; nothing XML forbids', (kind, file) => {
    const { document, text } = openDocx(file.bytes);
    expect(document).not.toMatch(/w:type="pct"/);
    expect(document).not.toMatch(/w:type="auto"/);
    const grids = tableGrids(document);
    expect(grids.length).toBeGreaterThan(0);
    expect([...document.matchAll(/<w:tbl>/g)].length).toBe([...document.matchAll(/<w:tblLayout w:type="fixed"\/>/g)].length);
    for (const grid of grids) expect(grid.reduce((a, b) => a + b, 0)).toBe(kind === 'list' ? LANDSCAPE_TEXT_WIDTH : TEXT_WIDTH);
    expect(text).not.toMatch(/m[ẫẩ]u\s+s[ốô]/i);
    expect(text).toBe(text.normalize('NFC'));
    expect(FORBIDDEN_XML.test(document)).toBe(false);
  });
});

describe('the header (Quốc hiệu, Tiêu ngữ, unit, number, date)', () => {
  const letter = openDocx(built.letter.bytes).document;

  it('is a borderless two-column table with fixed twip widths', () => {
    const header = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(letter)![0];
    const [grid] = tableGrids(header);
    expect(grid).toHaveLength(2);
    expect(grid![0]! + grid![1]!).toBe(TEXT_WIDTH);
    expect(grid![0]).toBe(HEADER.minLeft);
    expect(header).toContain('<w:tblLayout w:type="fixed"/>');
    expect(header).toMatch(/<w:tblBorders><w:top w:val="none"/);
    expect(header).toMatch(new RegExp(`<w:tcW w:type="dxa" w:w="${grid![0]}"/>`));
  });

  it('sets each element at its size and weight, the unit name on the lines given', () => {
    expect(runWithText(letter, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toMatchObject({ size: 26, bold: true });
    expect(runWithText(letter, 'Độc lập - Tự do - Hạnh phúc')).toMatchObject({ size: 28, bold: true, italics: false });
    expect(runWithText(letter, 'ỦY BAN NHÂN DÂN')).toMatchObject({ size: 26, bold: true });
    expect(runWithText(letter, 'XÃ HÒA PHÚ')).toMatchObject({ size: 26, bold: true });
    expect(runWithText(letter, 'Số: 05/TTr-UBND')).toMatchObject({ size: 26, bold: false });
    expect(runWithText(letter, 'Hòa Phú, ngày 12 tháng 3 năm 2026')).toMatchObject({ size: 28, italics: true });
  });

  it('draws a rule under the unit name (a third to a half of it) and one as long as the motto', () => {
    const ruled = paragraphs(/<w:tbl>[\s\S]*?<\/w:tbl>/.exec(letter)![0]).filter((p) => p.xml.includes('<w:pBdr><w:bottom'));
    expect(ruled).toHaveLength(2);
    const length = (xml: string, column: number) => {
      const left = Number(/w:left="(\d+)"/.exec(xml)![1]);
      const right = Number(/w:right="(\d+)"/.exec(xml)![1]);
      return column - left - right;
    };
    const [columns] = tableGrids(/<w:tbl>[\s\S]*?<\/w:tbl>/.exec(letter)![0]);
    const unitRule = length(ruled[0]!.xml, columns![0]!);
    const mottoRule = length(ruled[1]!.xml, columns![1]!);
    // "Độc lập - Tự do - Hạnh phúc", 14 pt bold, is about 6 cm (3400 twips) long
    expect(mottoRule).toBeGreaterThan(3200);
    expect(mottoRule).toBeLessThan(3600);
    // the rule is measured against the widest line of the unit's name
    const widest = Math.max(...['ỦY BAN NHÂN DÂN', 'XÃ HÒA PHÚ'].flatMap((text) => wrappedWidths(text, 26, true, columns![0]!)));
    expect(unitRule / widest).toBeGreaterThanOrEqual(1 / 3);
    expect(unitRule / widest).toBeLessThanOrEqual(1 / 2);
  });

  it('writes days under 10 and months 1 and 2 with a leading zero', async () => {
    const early = await renderAchievementReport({ ...report(commune), date: { day: 5, month: 2, year: 2026 } }, forms);
    expect(openDocx(early.bytes).text).toContain('Hòa Phú, ngày 05 tháng 02 năm 2026');
    expect(openDocx(built.collectiveReport.bytes).text).toContain('Hòa Phú, ngày 05 tháng 3 năm 2026');
    const open = await renderSubmissionLetter({ ...dossierInput, letterNumber: '', letterDate: { year: 2026 } }, forms);
    expect(openDocx(open.bytes).text).toMatch(/Số: \u00A0+\/TTr-UBND/);
    expect(openDocx(open.bytes).text).toMatch(/Hòa Phú, ngày \u00A0+ tháng \u00A0+ năm 2026/);
  });
});

describe('the submission letter', () => {
  const { document, text } = openDocx(built.letter.bytes);

  it('has its title, subject, addressee and legal bases from content/', () => {
    expect(runWithText(document, 'TỜ TRÌNH')).toMatchObject({ size: 28, bold: true });
    expect(spaced(text)).toContain('Về việc đề nghị tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho các tập thể, cá nhân có thành tích xuất sắc');
    expect(runWithText(document, 'Kính gửi: Chủ tịch Ủy ban nhân dân tỉnh Đắk Lắk')).toMatchObject({ size: 28, bold: false, italics: false });
    expect(text).toContain('(qua Sở Nội vụ)');
    const bases = paragraphs(document).filter((p) => p.text.startsWith('Căn cứ '));
    expect(bases.map((p) => spaced(p.text))).toEqual([
      ...references.legalBases.map((basis) => `Căn cứ ${basis};`),
      'Căn cứ Biên bản họp xét khen thưởng số 02/BB-HĐTĐKT ngày 10 tháng 3 năm 2026 của Hội đồng Thi đua - Khen thưởng xã Hòa Phú.',
    ]);
    expect(bases[0]!.text).toBe('Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;');
    for (const basis of bases) expect(runs(basis.xml).every((run) => run.italics && run.size === 28)).toBe(true);
  });

  it('sets the body justified, 14 pt, with a 1.27 cm first-line indent, 6 pt after and 1.2 lines', () => {
    const body = paragraphWith(document, 'Tổ chức 12 hội nghị tuyên truyền');
    expect(body.text).toBe('- Tổ chức 12 hội nghị tuyên truyền;');
    const proposal = paragraphWith(document, 'kính đề nghị');
    for (const paragraph of [body, proposal]) {
      expect(paragraph.xml).toContain('<w:jc w:val="both"/>');
      expect(paragraph.xml).toContain(`<w:ind w:firstLine="${FIRST_LINE_INDENT}"/>`);
      expect(FIRST_LINE_INDENT).toBe(720);
      const spacing = /<w:spacing w:after="(\d+)" w:before="\d+" w:line="(\d+)" w:lineRule="auto"\/>/.exec(paragraph.xml)!;
      expect(Number(spacing[1])).toBeGreaterThanOrEqual(120);
      expect(Number(spacing[2]) / 240).toBeGreaterThanOrEqual(1.15);
      expect(Number(spacing[2]) / 240).toBeLessThanOrEqual(1.3);
      expect(runs(paragraph.xml).every((run) => run.size === 28)).toBe(true);
    }
  });

  it('proposes exactly the nominees of the list, and closes with "Kính trình …/."', () => {
    expect(paragraphWith(document, 'kính đề nghị').text).toContain('cho 01 tập thể và 02 cá nhân có thành tích xuất sắc trong phong trào thi đua');
    expect(text).toContain('Kính trình Chủ tịch Ủy ban nhân dân tỉnh Đắk Lắk xem xét, quyết định./.');
  });

  it('ends with "Nơi nhận" (12 pt bold italic, lines 11 pt) beside the signature', () => {
    expect(runWithText(document, 'Nơi nhận:')).toMatchObject({ size: 24, bold: true, italics: true });
    expect(runWithText(document, '- Như trên;')).toMatchObject({ size: 22 });
    expect(runWithText(document, '- Sở Nội vụ (qua Phòng Xây dựng chính quyền);')).toMatchObject({ size: 22 });
    expect(runWithText(document, '- Lưu: VT, VP.')).toMatchObject({ size: 22 });
    expect(runWithText(document, 'TM. ỦY BAN NHÂN DÂN')).toMatchObject({ size: 28, bold: true });
    expect(runWithText(document, 'CHỦ TỊCH')).toMatchObject({ size: 28, bold: true });
    expect(runWithText(document, 'Trần Thị Bích Ngọc')).toMatchObject({ size: 28, bold: true });
  });
});

describe('the minutes', () => {
  const { document, text } = openDocx(built.minutes.bytes);

  it('has the council under its unit in the header and "Số: …/BB-HĐTĐKT"', () => {
    expect(runWithText(document, 'ỦY BAN NHÂN DÂN')).toMatchObject({ bold: false });
    expect(runWithText(document, 'XÃ HÒA PHÚ')).toMatchObject({ bold: false });
    // 12 pt, condensed a little rather than broken inside "Thi đua - Khen thưởng" (Nghị định 30: 12–13 pt)
    const council = runWithText(document, 'HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG');
    expect(council).toMatchObject({ bold: true, size: 24 });
    expect(paragraphWith(document, 'HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG').xml).toMatch(/<w:spacing w:val="-[1-6]"\/>/);
    expect(text).toContain('Số: 02/BB-HĐTĐKT');
    expect(runWithText(document, 'BIÊN BẢN')).toMatchObject({ size: 28, bold: true });
  });

  it('records time, place, chair, secretary, members present of the total, criteria and quota', () => {
    expect(text).toContain('Vào lúc 14 giờ 00, ngày 10/3/2026, tại Hội trường Ủy ban nhân dân xã Hòa Phú');
    expect(text).toContain('- Chủ trì: Trần Thị Bích Ngọc, Chủ tịch Hội đồng.');
    expect(text).toContain('- Thư ký: Lê Văn Đức.');
    expect(text).toContain('- Thành viên Hội đồng có mặt: 7/9 thành viên.');
    expect(text).toContain('- Vắng mặt: 2 thành viên, gồm: đồng chí Phạm Văn Long (lý do: đi công tác).');
    expect(text).toContain('quy định tại Mục III.3.2 và số lượng đề nghị quy định tại Mục IV.2 Kế hoạch số 0125/KH-UBND ngày 18/11/2025');
    expect(dossierInput.quotaApplied).toMatch(/chọn 02 trường hợp/);
    expect(text).toContain(`Số lượng đề nghị áp dụng đối với đơn vị: ${dossierInput.quotaApplied}.`);
  });

  it('gives every nominee its votes out of the members present, the share rounded ordinarily, by the method chosen', () => {
    expect(text).toContain('Hội đồng tiến hành bỏ phiếu kín; kết quả như sau');
    expect(text).toContain('a) Tập thể\n1. Ủy ban nhân dân xã Hòa Phú: 7/7 thành viên có mặt đồng ý, đạt 100%.');
    expect(text).toContain('b) Cá nhân\n1. Nguyễn Văn Ấn, Công chức Văn phòng - Thống kê, Ủy ban nhân dân xã Hòa Phú: 6/7 thành viên có mặt đồng ý, đạt 85,71%.');
    // 5/7 = 71,428…%: 71,43 (ordinary rounding), never 71,42
    expect(text).toContain('2. Hoàng Thị Thu Hà, Bí thư Đoàn xã, Ủy ban nhân dân xã Hòa Phú: 5/7 thành viên có mặt đồng ý, đạt 71,43%.');
    expect(text).toContain('cho 01 tập thể và 02 cá nhân có tên nêu trên.');
    expect(text).toContain('Cuộc họp kết thúc vào lúc 16 giờ 30 cùng ngày.');
  });

  it('is signed by the secretary (left) and the chair (right)', () => {
    const signatures = /<w:tbl>(?:(?!<w:tbl>)[\s\S])*?THƯ KÝ[\s\S]*?<\/w:tbl>/.exec(document)![0];
    const texts = paragraphs(signatures).map((p) => p.text).filter(Boolean);
    expect(texts).toEqual(['THƯ KÝ', 'CHỦ TỌA', 'Lê Văn Đức', 'Trần Thị Bích Ngọc']);
    // the closing paragraph stays on the page of the signatures
    expect(paragraphWith(document, 'Cuộc họp kết thúc').xml).toContain('<w:keepNext/>');
  });
});

describe('the nominee list', () => {
  const { document, text } = openDocx(built.list.bytes);

  it('is landscape, with the attachment line in italics', () => {
    expect(runWithText(document, 'DANH SÁCH')).toMatchObject({ bold: true, size: 28 });
    expect(runWithText(document, '(Kèm theo Tờ trình số 05/TTr-UBND ngày 12/3/2026 của Ủy ban nhân dân xã Hòa Phú)')).toMatchObject({
      italics: true,
      size: 28,
    });
  });

  it('has the columns, the groups and one row per nominee', () => {
    const table = /<w:tbl>[\s\S]*<\/w:tbl>/.exec(document)![0];
    const rows = [...table.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map(([row]) => paragraphs(row).map((p) => p.text));
    expect(rows[0]).toEqual(['STT', 'Tên tập thể / Họ và tên', 'Chức vụ, đơn vị công tác', 'Năm sinh', 'Giới tính', 'Tóm tắt thành tích', 'Ghi chú']);
    expect(table).toContain('<w:tblHeader/>');
    expect(rows[1]).toEqual(['I. Tập thể']);
    expect(rows[2]!.slice(0, 5)).toEqual(['1', 'Ủy ban nhân dân xã Hòa Phú', '', '', '']);
    expect(rows[3]).toEqual(['II. Cá nhân']);
    expect(rows[4]!.slice(0, 5)).toEqual(['1', 'Nguyễn Văn Ấn', 'Công chức Văn phòng - Thống kê, Ủy ban nhân dân xã Hòa Phú', '1985', 'Nam']);
    expect(rows[5]!.slice(0, 5)).toEqual(['2', 'Hoàng Thị Thu Hà', 'Bí thư Đoàn xã, Ủy ban nhân dân xã Hòa Phú', '1992', 'Nữ']);
    expect(rows).toHaveLength(6);
    expect(text).toContain('Tổng số: 01 tập thể và 02 cá nhân./.');
  });
});

describe('the achievement report', () => {
  it('has the title block, the sections of the form and the pre-filled figures (collective)', () => {
    const { document, text } = openDocx(built.collectiveReport.bytes);
    expect(runWithText(document, 'BÁO CÁO THÀNH TÍCH')).toMatchObject({ size: 28, bold: true });
    expect(runWithText(document, 'ĐỀ NGHỊ TẶNG BẰNG KHEN CỦA CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH')).toMatchObject({ bold: true });
    expect(spaced(text)).toContain(`(Thành tích xuất sắc trong ${references.campaignName})`);
    for (const section of forms.achievementReport.sections) {
      expect(runWithText(document, section.heading)).toMatchObject({ bold: true, size: 28 });
    }
    expect(text).toContain('- Tổng số cử tri trong danh sách: 12.345 người; số cử tri đã tham gia bỏ phiếu: 12.300 người, đạt tỷ lệ 99,63%.');
    expect(text).toContain('+ Nội bộ đoàn kết, gương mẫu chấp hành tốt chủ trương của Đảng, chính sách, pháp luật của Nhà nước.');
    expect(text).toContain('III. CÁC HÌNH THỨC KHEN THƯỞNG ĐÃ ĐƯỢC GHI NHẬN\nKhông có.');
    // the commune's own collective: its chairman is both its head and the proposing unit, and signs
    // once, with the real authority, title and name, never "THỦ TRƯỞNG ĐƠN VỊ"
    const tables = [...document.matchAll(/<w:tbl>(?:(?!<w:tbl>)[\s\S])*?<\/w:tbl>/g)].map(([t]) => t);
    expect(paragraphs(tables.at(-1)!).map((p) => spaced(p.text)).filter(Boolean)).toEqual(['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', '(Ký, đóng dấu)', 'Trần Thị Bích Ngọc']);
    expect(text).not.toContain('XÁC NHẬN CỦA CẤP TRÌNH KHEN THƯỞNG');
    expect(text).not.toContain('THỦ TRƯỞNG ĐƠN VỊ');
    expect(text).not.toContain('NGƯỜI BÁO CÁO THÀNH TÍCH');
  });

  it('names the individual in full and has its signature blocks and the awards table', () => {
    const { document, text } = openDocx(built.individualReport.bytes);
    expect(runWithText(document, 'Nguyễn Văn Ấn, Công chức Văn phòng - Thống kê, Ủy ban nhân dân xã Hòa Phú')).toMatchObject({ bold: true });
    expect(text).toContain('- Họ và tên: Nguyễn Văn Ấn\n- Ngày, tháng, năm sinh: 1985\n- Giới tính: Nam\n- Dân tộc:\n- Quê quán:');
    for (const title of ['XÁC NHẬN, ĐỀ NGHỊ', 'NGƯỜI BÁO CÁO THÀNH TÍCH', 'TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH']) {
      expect(runWithText(document, title)).toMatchObject({ bold: true, size: 28 });
    }
    // the chairman heads the official's unit and the proposing unit: one block, not a second confirmation
    expect(text).not.toContain('XÁC NHẬN CỦA CẤP TRÌNH KHEN THƯỞNG');
    expect(runs(document).filter((run) => run.text === 'Trần Thị Bích Ngọc')).toHaveLength(1);
    // the awards table and the signatures are never two adjacent tables (Word would join them)
    expect(document).not.toMatch(/<\/w:tbl>\s*<w:tbl>/);
    expect(runWithText(document, 'Nguyễn Văn Ấn')).toMatchObject({ bold: true });
    expect(runWithText(document, '(Ký, ghi rõ họ và tên)')).toMatchObject({ italics: true });
    const awards = [...document.matchAll(/<w:tbl>(?:(?!<w:tbl>)[\s\S])*?<\/w:tbl>/g)].map(([t]) => t).find((t) => t.includes('Hình thức khen thưởng'))!;
    expect(tableGrids(awards)[0]!.reduce((a, b) => a + b, 0)).toBe(TEXT_WIDTH);
    const rows = [...awards.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map(([row]) => paragraphs(row).map((p) => p.text));
    expect(rows).toEqual([
      ['Năm', 'Hình thức khen thưởng', 'Số, ngày quyết định; cơ quan ban hành'],
      ['2024', 'Giấy khen của Chủ tịch UBND huyện', 'Quyết định số 125/QĐ-UBND ngày 05/02/2024; Ủy ban nhân dân huyện Cư Kuin'],
    ]);
  });

  it('keeps paragraphs and list lines of free text, and sets numbered titles bold', async () => {
    const file = await renderAchievementReport(
      report(commune, { 'thanh-tich': '1. Kết quả thực hiện\n\n\nĐoạn một.\r\n- Ý thứ nhất;\n+ ý phụ\n   \nĐoạn hai có   nhiều    khoảng trắng.' }),
      forms,
    );
    const { document, text } = openDocx(file.bytes);
    expect(text).toContain('II. THÀNH TÍCH ĐẠT ĐƯỢC\n1. Kết quả thực hiện\nĐoạn một.\n- Ý thứ nhất;\n+ ý phụ\nĐoạn hai có nhiều khoảng trắng.\nIII.');
    expect(runWithText(document, '1. Kết quả thực hiện').bold).toBe(true);
    expect(runWithText(document, 'Đoạn một.').bold).toBe(false);
  });
});

describe('hostile input', () => {
  it('escapes XML specials, drops forbidden characters, keeps emoji, and writes NFC', async () => {
    const files = [await renderAchievementReport(hostileReport(), forms), ...(await Promise.all([renderSubmissionLetter, renderMeetingMinutes, renderNomineeList].map((render) => render(hostileDossier(), forms))))];
    for (const file of files) {
      const { document, text } = openDocx(file.bytes);
      expect(FORBIDDEN_XML.test(document)).toBe(false);
      expect(document).not.toContain('<script>');
      expect(document).not.toContain('<Ea Kao>');
      expect(document).toContain('&lt;script&gt;');
      expect(document).toContain('&amp;');
      expect(text).toContain(XML_SPECIALS);
      expect(text).toContain(CONTROLS_CLEAN);
      expect(text).toContain(EMOJI);
      // the letter gives counts, not names; its account carries the decomposed paragraph
      expect(text).toContain(file.name.includes('to-trinh') ? NFC_PARAGRAPH : NFC_NAME);
      expect(text).toBe(text.normalize('NFC'));
      expect(document).toBe(document.normalize('NFC'));
    }
    const reportText = openDocx(files[0]!.bytes).text;
    expect(reportText).toContain(NFC_PARAGRAPH);
    expect(reportText.length).toBeGreaterThan(60_000);
  });

  it('never crashes on empty or odd data', async () => {
    const blankSigner = { authority: '', title: '', name: '' };
    const empty = {
      ...dossierInput,
      unit: { ...unit, name: '', header: { upper: [], issuer: [] }, symbol: '', place: '', signer: blankSigner, councilName: '', councilChair: '', councilSecretary: '', drafter: '' },
      letterNumber: '',
      campaignAccount: '',
      meeting: { ...dossierInput.meeting, minutesNumber: '', membersPresent: 0, membersTotal: Number.NaN, startTime: '', endTime: '', venue: '', absentMembers: [{ name: ' ', reason: '' }], votingMethod: undefined },
      legalBases: [],
      quotaApplied: undefined,
      nominees: [{ ...individual, name: '', votesInFavour: -3, ownUnit: { header: { upper: [], issuer: [] }, head: blankSigner } }],
    };
    for (const render of [renderSubmissionLetter, renderMeetingMinutes, renderNomineeList]) {
      const { text } = openDocx((await render(empty, forms)).bytes);
      expect(text).not.toMatch(/undefined|NaN|\{[a-zA-Z]+\}/);
    }
    expect(openDocx((await renderMeetingMinutes(empty, forms)).bytes).text).toContain(': 0/0 thành viên có mặt đồng ý, đạt 0%.');
    const blankReport = await renderAchievementReport({ ...report(individual), sections: {}, earlierAwards: [{ year: '', award: '', decision: '', issuer: '' }] }, forms);
    expect(openDocx(blankReport.bytes).text).not.toMatch(/undefined|NaN/);
  });
});

describe('the dossier ZIP', () => {
  it('holds the letter, the list, the minutes and one report per nominee, in reading order, under readable unique ASCII names', async () => {
    const twins = dossier([commune, individual, { ...individual, id: 'n4' }]);
    const progress: string[] = [];
    const zip = await renderDossierZip(twins, forms, (done, total) => progress.push(`${done}/${total}`));
    expect(progress).toEqual(['1/6', '2/6', '3/6', '4/6', '5/6', '6/6']);
    expect(zip.name).toBe('ho-so-de-nghi-khen-thuong-uy-ban-nhan-dan-xa-hoa-phu.zip');
    expect(zip.mimeType).toBe('application/zip');
    const entries = unzipText(zip.bytes);
    expect(Object.keys(entries)).toEqual([
      '01-to-trinh.docx',
      '02-danh-sach-de-nghi.docx',
      '03-bien-ban-hop-xet.docx',
      '04-bao-cao-thanh-tich-uy-ban-nhan-dan-xa-hoa-phu.docx',
      '05-bao-cao-thanh-tich-nguyen-van-an.docx',
      '06-bao-cao-thanh-tich-nguyen-van-an-2.docx',
    ]);
    const { unzipSync } = await import('fflate');
    const raw = unzipSync(zip.bytes);
    const letterText = openDocx(raw['01-to-trinh.docx']!).text;
    expect(letterText).toContain('cho 01 tập thể và 02 cá nhân');
    const listText = openDocx(raw['02-danh-sach-de-nghi.docx']!).text;
    expect(listText.match(/^\d{1,2}$/gm)).toEqual(['1', '1', '2']);
    expect(openDocx(raw['06-bao-cao-thanh-tich-nguyen-van-an-2.docx']!).text).toContain('Nguyễn Văn Ấn');
  });
});
