// The two realistic dossiers of issue 11 (tests/fixtures/dossiers.ts), assembled from the drafts
// as the site does and read back from word/document.xml: every signature block has a real title
// and a name, headers carry the lines given, the legal bases come from content/, the minutes and
// the letter say what a reviewer expects, and the ZIP is in the reviewer's order.
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { renderDossierZip } from '../../src/documents';
import { SIGNATURE_SPACE } from '../../src/documents/layout';
import { assembleDossier } from '../../src/dossier/assemble';
import { checkDossier } from '../../src/dossier/check';
import { dossierRules, forms } from '../fixtures/dossierDrafts';
import { DEPARTMENT, departmentDrafts, departmentLegalBases, eaKaoDrafts, EA_KAO } from '../fixtures/dossiers';
import { readProjectFile } from '../support/rules';
import { openDocx, paragraphs, paragraphWith, runWithText, spaced } from './docxXml';

const { references } = dossierRules;
const departmentBases = departmentLegalBases(references.legalBases, references.optionalLegalBases[0]!);

async function dossierFiles(drafts: ReturnType<typeof eaKaoDrafts>) {
  const zip = await renderDossierZip(assembleDossier(drafts, dossierRules, 2026), forms);
  return Object.entries(unzipSync(zip.bytes)).map(([name, bytes]) => ({ name, ...openDocx(bytes) }));
}

const commune = await dossierFiles(eaKaoDrafts());
const department = await dossierFiles(departmentDrafts(departmentBases));
const all = [...commune, ...department];
const file = (files: typeof commune, prefix: string) => files.find((f) => f.name.startsWith(prefix))!;

/** The signers' names, in document order: the paragraphs under the space left for a signature. */
const signerNames = (document: string) =>
  paragraphs(document)
    .filter((p) => p.xml.includes(`w:before="${SIGNATURE_SPACE}"`))
    .map((p) => spaced(p.text));

/** The lines of the header's left column (first row of the first table), as printed. */
const headerLines = (document: string) => {
  const firstCell = /<w:tc>([\s\S]*?)<\/w:tc>/.exec(/<w:tbl>[\s\S]*?<\/w:tbl>/.exec(document)![0])![1]!;
  return paragraphs(firstCell).map((p) => p.text).filter(Boolean);
};

/** The titles above each signer's name: the head row cells of every signature table. */
const signatureBlocks = (document: string) => {
  const tables = [...document.matchAll(/<w:tbl>(?:(?!<w:tbl>)[\s\S])*?<\/w:tbl>/g)].map(([t]) => t).filter((t) => t.includes(`w:before="${SIGNATURE_SPACE}"`));
  return tables.flatMap((table) => {
    const rows = [...table.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map(([row]) => [...row.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map(([cell]) => cell));
    return rows.flatMap((cells, index) =>
      cells.some((cell) => cell.includes(`w:before="${SIGNATURE_SPACE}"`))
        ? cells.map((cell, column) => ({
            // the letter puts "Nơi nhận" beside its signature, in the same cell row
            titles: paragraphs(index > 0 && !rows[index - 1]!.some((c) => c.includes(`w:before="${SIGNATURE_SPACE}"`)) ? rows[index - 1]![column]! : cell)
              .filter((p) => !p.xml.includes(`w:before="${SIGNATURE_SPACE}"`))
              .map((p) => spaced(p.text))
              .filter((text) => text !== '' && !text.startsWith('(') && !text.startsWith('-') && text !== 'Nơi nhận:'),
            name: paragraphs(cell).filter((p) => p.xml.includes(`w:before="${SIGNATURE_SPACE}"`)).map((p) => spaced(p.text))[0],
          }))
        : [],
    ).filter((block) => block.name !== undefined);
  });
};

describe('the fixtures are consistent dossiers', () => {
  it('pass every check, without warnings', () => {
    expect(checkDossier(eaKaoDrafts(), dossierRules)).toEqual([]);
    expect(checkDossier(departmentDrafts(departmentBases), dossierRules)).toEqual([]);
  });
});

describe('signature blocks', () => {
  it.each(all.map((f) => [f.name, f] as const))('%s: every block prints a real title and a name, never a bare or placeholder title', (_name, f) => {
    const blocks = signatureBlocks(f.document);
    if (f.name.includes('danh-sach')) {
      expect(blocks).toEqual([]);
      return;
    }
    expect(blocks.length).toBeGreaterThan(0);
    for (const block of blocks) {
      expect(block.name, JSON.stringify(block)).toMatch(/\p{L}/u);
      expect(block.titles.length, JSON.stringify(block)).toBeGreaterThan(0);
    }
    expect(f.text).not.toContain('THỦ TRƯỞNG ĐƠN VỊ');
  });

  it('are signed by who the unit entered: the proposing unit, the division\'s head, the nominee, the council', () => {
    const d = (prefix: string) => signerNames(file(department, prefix).document);
    expect(d('01-')).toEqual(['Trần Quốc Thành']);
    expect(d('03-')).toEqual(['Phạm Thị Lan', 'Trần Quốc Thành']);
    // the division: the director confirms, the division's head signs as its head
    expect(d('04-')).toEqual(['Trần Quốc Thành', 'Võ Thị Thanh Hương']);
    // an official of the department: the director is their own head and the proposing unit, and signs once
    expect(d('05-')).toEqual(['Trần Quốc Thành', 'Lê Thị Minh Hằng']);
    // the specialist of the division: the division's head confirms and proposes
    expect(d('06-')).toEqual(['Võ Thị Thanh Hương', 'Nguyễn Hữu Phước', 'Trần Quốc Thành']);
    expect(d('07-')).toEqual(['Trần Quốc Thành', 'H’Yơn Niê']);
    const c = (prefix: string) => signerNames(file(commune, prefix).document);
    expect(c('01-')).toEqual(['Y Thuyên Êban']);
    // the commune's own collective: the chairman signs and stamps it once, as its head
    expect(c('04-')).toEqual(['Y Thuyên Êban']);
    expect(c('05-')).toEqual(['Y Thuyên Êban', 'Nguyễn Thị Thu Hà']);
  });

  it('ask a seal of the units that have one: a division\'s head signs with the name written out, the department stamps', () => {
    const notes = (document: string) => paragraphs(document).map((p) => spaced(p.text)).filter((text) => /^\(Ký, /.test(text));
    // the division's own report: the director confirms with the seal; the head of the division signs
    expect(notes(file(department, '04-').document)).toEqual(['(Ký, đóng dấu)', '(Ký, ghi rõ họ và tên)']);
    // the specialist of the division: the division's head, the specialist, the director
    expect(notes(file(department, '06-').document)).toEqual(['(Ký, ghi rõ họ và tên)', '(Ký, ghi rõ họ và tên)', '(Ký, đóng dấu)']);
    // the commune's own collective: its chairman stamps
    expect(notes(file(commune, '04-').document)).toEqual(['(Ký, đóng dấu)']);
  });

  it('print the confirming signer the unit named instead of the letter\'s, and the letter keeps its own', async () => {
    const drafts = departmentDrafts(departmentBases);
    Object.assign(drafts.dossier.profile, { signerAuthority: 'KT. GIÁM ĐỐC', signerTitle: 'PHÓ GIÁM ĐỐC', signerName: 'Nguyễn Văn Bình', confirmerTitle: 'GIÁM ĐỐC', confirmerName: 'Trần Quốc Thành' });
    const files = await dossierFiles(drafts);
    expect(signerNames(file(files, '01-').document)).toEqual(['Nguyễn Văn Bình']);
    expect(signatureBlocks(file(files, '04-').document)[0]).toEqual({ titles: ['XÁC NHẬN CỦA', 'CẤP TRÌNH KHEN THƯỞNG', 'GIÁM ĐỐC'], name: 'Trần Quốc Thành' });
    // an official of the department: the letter's signer as their head, the director confirming
    expect(signerNames(file(files, '05-').document)).toEqual(['Nguyễn Văn Bình', 'Lê Thị Minh Hằng', 'Trần Quốc Thành']);
  });

  it('never make one person sign one document twice', () => {
    for (const f of all) {
      const names = signerNames(f.document);
      expect(new Set(names).size, `${f.name}: ${names.join(', ')}`).toBe(names.length);
    }
  });

  it('print the authority and title entered, under the form\'s caption', () => {
    const division = signatureBlocks(file(department, '04-').document);
    expect(division).toEqual([
      { titles: ['XÁC NHẬN CỦA', 'CẤP TRÌNH KHEN THƯỞNG', 'GIÁM ĐỐC'], name: 'Trần Quốc Thành' },
      { titles: ['TRƯỞNG PHÒNG'], name: 'Võ Thị Thanh Hương' },
    ]);
    const specialist = signatureBlocks(file(department, '06-').document);
    expect(specialist).toEqual([
      { titles: ['XÁC NHẬN, ĐỀ NGHỊ', 'TRƯỞNG PHÒNG'], name: 'Võ Thị Thanh Hương' },
      { titles: ['NGƯỜI BÁO CÁO THÀNH TÍCH'], name: 'Nguyễn Hữu Phước' },
      { titles: ['XÁC NHẬN CỦA CẤP TRÌNH KHEN THƯỞNG', 'GIÁM ĐỐC'], name: 'Trần Quốc Thành' },
    ]);
    expect(signatureBlocks(file(commune, '01-').document)).toEqual([{ titles: ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'], name: 'Y Thuyên Êban' }]);
  });

  it('stay with the paragraph before them (and "Nơi nhận" with the letter\'s closing), rows never split', () => {
    for (const f of all.filter((f) => !f.name.includes('danh-sach'))) {
      const body = f.document.replace(/^[\s\S]*?<w:body>/, '');
      const lastTable = body.lastIndexOf('<w:tbl>');
      const before = paragraphs(body.slice(0, lastTable)).filter((p) => p.text !== '').at(-1)!;
      expect(before.xml, `${f.name}: ${before.text}`).toContain('<w:keepNext/>');
      const signature = body.slice(lastTable);
      expect(signature).toContain('<w:cantSplit/>');
      expect(signature).not.toMatch(/<w:cantSplit w:val="(?:false|0)"\/>/);
    }
    expect(paragraphWith(file(commune, '01-').document, 'Nơi nhận:').xml).toContain('<w:keepNext/>');
  });
});

describe('headers', () => {
  it('print the lines given, the default split before the place, a division under its department', () => {
    expect(headerLines(file(commune, '01-').document)).toEqual(['ỦY BAN NHÂN DÂN', 'XÃ EA KAO']);
    expect(headerLines(file(commune, '03-').document)).toEqual(['ỦY BAN NHÂN DÂN', 'XÃ EA KAO', 'HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG']);
    expect(headerLines(file(department, '01-').document)).toEqual(['UBND TỈNH ĐẮK LẮK', 'SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH']);
    expect(headerLines(file(department, '03-').document)).toEqual(['SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH', 'HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG']);
    expect(headerLines(file(department, '04-').document)).toEqual(['SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH', 'PHÒNG QUẢN LÝ VĂN HÓA', 'VÀ GIA ĐÌNH']);
    expect(headerLines(file(department, '06-').document)).toEqual(['SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH', 'PHÒNG QUẢN LÝ VĂN HÓA', 'VÀ GIA ĐÌNH']);
    expect(headerLines(file(department, '05-').document)).toEqual(['UBND TỈNH ĐẮK LẮK', 'SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH']);
  });

  it('write the place where the body sits: a commune its own name, a department the province', () => {
    for (const f of commune.filter((f) => !f.name.includes('danh-sach'))) expect(f.text, f.name).toMatch(/\nEa Kao, ngày \d\d tháng \d+ năm 2026\n/);
    for (const f of department.filter((f) => !f.name.includes('danh-sach'))) expect(f.text, f.name).toMatch(/\nĐắk Lắk, ngày \d\d tháng \d+ năm 2026\n/);
  });

  it('keep "2026 - 2031" together in every title', () => {
    for (const f of all) {
      const titles = paragraphs(f.document).filter((p) => p.xml.includes('<w:jc w:val="center"/>') && p.text.includes('2031'));
      expect(titles.length, f.name).toBeGreaterThan(0);
      for (const title of titles) expect(title.text, f.name).toContain('2026\u00A0-\u00A02031');
    }
  });
});

describe('the letter', () => {
  const letter = file(department, '01-');

  it('cites the legal bases the unit kept, from content/, then the minutes', () => {
    const bases = paragraphs(letter.document).map((p) => spaced(p.text)).filter((text) => text.startsWith('Căn cứ '));
    expect(bases).toEqual([
      'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;',
      'Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ quy định về phân cấp, phân quyền trong lĩnh vực thi đua, khen thưởng; quy định chi tiết và hướng dẫn thi hành một số điều của Luật Thi đua, khen thưởng;',
      expect.stringMatching(/^Căn cứ Kế hoạch số 0125\/KH-UBND ngày 18 tháng 11 năm 2025 của Ủy ban nhân dân tỉnh Đắk Lắk về phát động phong trào thi đua .*;$/),
      'Căn cứ Quyết định số 07/2026/QĐ-UBND ngày 19 tháng 01 năm 2026 của Ủy ban nhân dân tỉnh Đắk Lắk quy định về công tác thi đua, khen thưởng trên địa bàn tỉnh Đắk Lắk;',
      'Căn cứ Biên bản họp xét khen thưởng số 02/BB-HĐTĐKT ngày 19 tháng 3 năm 2026 của Hội đồng Thi đua - Khen thưởng Sở Văn hóa, Thể thao và Du lịch.',
    ]);
    expect(letter.text).not.toContain('98/2023');
  });

  it('states that no nominee is under an exclusion of Mục III.1.b, in the plan\'s words', () => {
    const statement = paragraphWith(letter.document, 'không trong thời gian').text;
    expect(statement).toContain('(theo quy định tại Mục III.1.b Kế hoạch số 0125/KH-UBND)');
    const plan = readProjectFile('content/source/ke-hoach-0125-KH-UBND.txt').replace(/\s+/g, ' ');
    const words = /không (trong thời gian .*làm rõ) \(/.exec(statement)![1]!;
    expect(plan).toContain(words);
  });

  it('lists what is attached, in the dossier\'s order, and counts the nominees', () => {
    const text = letter.text;
    expect(text).toContain(
      'Hồ sơ kèm theo gồm:\n- Danh sách đề nghị tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh;\n- Biên bản họp xét khen thưởng của Hội đồng Thi đua - Khen thưởng Sở Văn hóa, Thể thao và Du lịch;\n- Báo cáo thành tích của 01 tập thể và 03 cá nhân.\nKính trình',
    );
    expect(runWithText(letter.document, '- Lưu: VT, VP.')).toMatchObject({ size: 22 });
  });

  it('names each body in one form, in full (the header\'s parent line may abbreviate; document symbols and the plan\'s cited title are as published)', () => {
    const body = letter.document.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/, '');
    expect(spaced(paragraphs(body).map((p) => p.text).join('\n'))).not.toMatch(/(?<![-/])UBND/);
    expect(file(commune, '01-').text).toContain('của Hội đồng Thi đua - Khen thưởng xã Ea Kao');
    for (const f of commune) expect(f.text, f.name).not.toContain('Khen thưởng Ủy ban nhân dân');
  });
});

describe('the minutes', () => {
  it('give the members, the absent and why, the method chosen, and each vote as a count and an ordinary share', () => {
    const minutes = file(commune, '03-').text;
    expect(minutes).toContain('- Thành viên Hội đồng có mặt: 9/11 thành viên.\n- Vắng mặt: 2 thành viên, gồm: đồng chí Nguyễn Văn Tâm (lý do: đi công tác); đồng chí H’Lan Byă (lý do: nghỉ ốm).');
    expect(minutes).toContain('Hội đồng tiến hành bỏ phiếu kín;');
    expect(minutes).toContain('1. Ủy ban nhân dân xã Ea Kao: 9/9 thành viên có mặt đồng ý, đạt 100%.');
    // 7 of 9: 77,78% (ordinary rounding of 77,777…)
    expect(minutes).toContain('1. Nguyễn Thị Thu Hà, Công chức Văn phòng - Thống kê, Ủy ban nhân dân xã Ea Kao: 7/9 thành viên có mặt đồng ý, đạt 77,78%.');
    expect(spaced(minutes)).toContain('Họp xét đề nghị khen thưởng trong phong trào thi đua thực hiện thành công cuộc bầu cử');

    const department_ = file(department, '03-').text;
    expect(department_).toContain('Hội đồng tiến hành biểu quyết giơ tay;');
    expect(department_).toContain('- Vắng mặt: 1 thành viên, gồm: đồng chí Đỗ Văn Hùng (lý do: đi công tác).');
    expect(department_).toContain(': 6/8 thành viên có mặt đồng ý, đạt 75%.');
    expect(department_).toContain(': 7/8 thành viên có mặt đồng ý, đạt 87,5%.');
  });
});

describe('the reports', () => {
  it('give the full date of birth where the unit gave it, else the year', () => {
    expect(file(department, '05-').text).toContain('- Ngày, tháng, năm sinh: 03/02/1975');
    expect(file(department, '06-').text).toContain('- Ngày, tháng, năm sinh: 1990');
    expect(file(commune, '05-').text).toContain('- Ngày, tháng, năm sinh: 12/04/1988');
    // the fields the form asks for an individual, offered as lines to complete
    expect(file(department, '06-').text).toContain('- Dân tộc:\n- Quê quán:\n- Nơi thường trú:');
  });

  it('name the nominee in full in the title block', () => {
    expect(spaced(file(department, '06-').text)).toContain(`${DEPARTMENT.specialist.name}, Chuyên viên, ${DEPARTMENT.division}, Sở Văn hóa, Thể thao và Du lịch`);
    expect(spaced(file(commune, '04-').text)).toContain(`\n${EA_KAO.name}\n`);
    // a division is named with the department it belongs to
    expect(spaced(file(department, '04-').text)).toContain(`\n${DEPARTMENT.division}, Sở Văn hóa, Thể thao và Du lịch\n`);
  });

  it('name the award of plan-document.yaml (dossier.award) in capitals', async () => {
    expect(spaced(file(commune, '04-').text)).toContain('\nĐỀ NGHỊ TẶNG BẰNG KHEN CỦA CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\n');
    const other = { ...dossierRules, references: { ...references, awardName: 'Giấy khen của Chủ tịch Ủy ban nhân dân xã' } };
    const zip = await renderDossierZip(assembleDossier(eaKaoDrafts(), other, 2026), forms);
    const report = Object.entries(unzipSync(zip.bytes)).find(([name]) => name.startsWith('04-'))!;
    expect(spaced(openDocx(report[1]).text)).toContain('\nĐỀ NGHỊ TẶNG GIẤY KHEN CỦA CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ\n');
  });
});

describe('the list and the minutes', () => {
  it('name a division with its department, in the list\'s unit column and in the vote line', () => {
    const rows = [...file(department, '02-').document.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map(([row]) => paragraphs(row).map((p) => spaced(p.text)));
    expect(rows.find((cells) => cells[1] === DEPARTMENT.division)!.slice(0, 3)).toEqual(['1', DEPARTMENT.division, 'Sở Văn hóa, Thể thao và Du lịch']);
    // the commune's own collective names no parent
    const communeRows = [...file(commune, '02-').document.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map(([row]) => paragraphs(row).map((p) => spaced(p.text)));
    expect(communeRows.find((cells) => cells[1] === EA_KAO.name)![2]).toBe('');
    expect(spaced(file(department, '03-').text)).toContain(`1. ${DEPARTMENT.division}, Sở Văn hóa, Thể thao và Du lịch: `);
  });

  it('keep the last row of the list with its total, and the awards table apart from the signatures', () => {
    for (const f of all.filter((f) => f.name.includes('danh-sach'))) {
      const rows = [...f.document.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map(([row]) => row);
      expect(rows.at(-1)).toContain('<w:keepNext/>');
    }
    for (const f of all) expect(f.document, f.name).not.toMatch(/<\/w:tbl>\s*<w:tbl>/);
  });
});

describe('the ZIP', () => {
  it('is in the order a reviewer reads: Tờ trình, Danh sách, Biên bản, then the reports in the list\'s order', () => {
    expect(department.map((f) => f.name)).toEqual([
      '01-to-trinh.docx',
      '02-danh-sach-de-nghi.docx',
      '03-bien-ban-hop-xet.docx',
      '04-bao-cao-thanh-tich-phong-quan-ly-van-hoa-va-gia-dinh.docx',
      '05-bao-cao-thanh-tich-le-thi-minh-hang.docx',
      '06-bao-cao-thanh-tich-nguyen-huu-phuoc.docx',
      '07-bao-cao-thanh-tich-h-yon-nie.docx',
    ]);
    const list = file(department, '02-').text;
    const order = [DEPARTMENT.division, DEPARTMENT.deputy.name, DEPARTMENT.specialist.name, DEPARTMENT.chief.name].map((name) => list.indexOf(name));
    expect(order.every((at, index) => at >= 0 && (index === 0 || at > order[index - 1]!))).toBe(true);
  });
});
