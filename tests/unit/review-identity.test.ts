// How the review recognises a unit and a person across files: a unit's name with its usual
// abbreviations written out ("UBND" is "Ủy ban nhân dân"), so that both spellings are one unit and
// the newer file replaces the older; the same person in two units by folded name and year of birth,
// told apart by two different full dates of birth; and a share of votes written as the minutes
// write it.
import { describe, expect, it } from 'vitest';
import { comparableUnitName, mayBeSamePerson, personKeyOf, UNIT_NAME_ABBREVIATIONS, unitKeyOf } from '../../src/review/identity';
import { present } from '../../src/islands/review/present';
import { formatShare } from '../../src/text/vietnamese';
import { collective, consolidated, dossier, individual, intakeOf } from './review-support';

describe('a unit’s name, abbreviated or not', () => {
  it('gives one key for both spellings of each abbreviation of the list', () => {
    const pairs: [string, string][] = [
      ['UBND xã Ea Kar', 'Ủy ban nhân dân xã Ea Kar'],
      ['Ubnd  XÃ EA KAR', 'Uỷ ban nhân dân xã Ea Kar'],
      ['HĐND tỉnh Đắk Lắk', 'Hội đồng nhân dân tỉnh Đắk Lắk'],
      ['HDND tinh Dak Lak', 'Hội đồng nhân dân tỉnh Đắk Lắk'],
      ['UBMTTQ Việt Nam tỉnh Đắk Lắk', 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Đắk Lắk'],
      ['UBMTTQVN tỉnh Đắk Lắk', 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Đắk Lắk'],
      ['Ủy ban MTTQ Việt Nam tỉnh Đắk Lắk', 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Đắk Lắk'],
      ['Ban Thường trực UB MTTQVN xã Ea Kar', 'Ban Thường trực UB Mặt trận Tổ quốc Việt Nam xã Ea Kar'],
      ['Công an TP. Buôn Ma Thuột', 'Công an thành phố Buôn Ma Thuột'],
      ['Công an TP.Buôn Ma Thuột', 'Công an thành phố Buôn Ma Thuột'],
      ['Văn phòng HĐND và UBND tỉnh', 'Văn phòng Hội đồng nhân dân và Ủy ban nhân dân tỉnh'],
    ];
    for (const [short, full] of pairs) expect(unitKeyOf({ name: short }), short).toBe(unitKeyOf({ name: full }));
    expect(unitKeyOf({ name: 'UBND xã Ea Kar' })).toBe('uy ban nhan dan xa ea kar');
    // every abbreviation of the list is written out
    for (const { short, full } of UNIT_NAME_ABBREVIATIONS) expect(comparableUnitName(`${short} X`), short).toBe(comparableUnitName(`${full} X`));
  });

  it('writes out whole abbreviations only, and keeps different units apart', () => {
    expect(unitKeyOf({ name: 'UBNDX xã Ea Kar' })).toBe('ubndx xa ea kar');
    expect(unitKeyOf({ name: 'Phòng TP-HT' })).toBe('phong tp ht');
    expect(unitKeyOf({ name: 'UBND xã Ea Kar' })).not.toBe(unitKeyOf({ name: 'UBND xã Ea Kar 1' }));
    expect(unitKeyOf({ name: 'UBND xã Ea Kar' })).not.toBe(unitKeyOf({ name: 'HĐND xã Ea Kar' }));
  });

  it('takes the two spellings’ files as one unit’s: the newer replaces the older, with the note, whatever the order', () => {
    const older = { ...dossier({ name: 'UBND xã Ea Kar', categoryId: 'xa-phuong', nominees: [collective('UBND xã Ea Kar', 'xa-phuong')] }), generatedAt: '2026-03-22T01:00:00.000Z' };
    const newer = { ...dossier({ name: 'Ủy ban nhân dân xã Ea Kar', categoryId: 'xa-phuong', nominees: [collective('Ủy ban nhân dân xã Ea Kar', 'xa-phuong')] }), generatedAt: '2026-03-26T03:00:00.000Z' };
    const forward = intakeOf({ name: 'ubnd-ea-kar.json', data: older }, { name: 'uy-ban-ea-kar.json', data: newer });
    expect(forward.units).toHaveLength(1);
    expect(forward.units[0]!.fileName).toBe('uy-ban-ea-kar.json');
    expect(forward.notes).toEqual(['Hồ sơ của “Ủy ban nhân dân xã Ea Kar”: tệp “uy-ban-ea-kar.json” (lập lúc 26/3/2026 10:00) thay cho tệp “ubnd-ea-kar.json” (lập lúc 22/3/2026 08:00).']);
    const backward = intakeOf({ name: 'uy-ban-ea-kar.json', data: newer }, { name: 'ubnd-ea-kar.json', data: older });
    expect(backward.units.map((u) => u.fileName)).toEqual(['uy-ban-ea-kar.json']);
    expect(backward.notes).toEqual(['Hồ sơ của “UBND xã Ea Kar”: tệp “ubnd-ea-kar.json” (lập lúc 22/3/2026 08:00) cũ hơn tệp “uy-ban-ea-kar.json” đã có (lập lúc 26/3/2026 10:00); giữ tệp mới hơn.']);
  });

  it('finds a unit of the plan’s named lists under its name written out', () => {
    const name = 'Văn phòng Ủy ban nhân dân tỉnh Đắk Lắk';
    // the plan lists it as "Văn phòng UBND tỉnh"; the unit wrote its name in full and named no unit of the list
    const data = dossier({ name, categoryId: 'co-quan-nhom-2-tap-the-5-ca-nhan', nominees: [collective('Phòng Hành chính', 'co-quan-don-vi')] });
    const missing = consolidated(data).missing.map((m) => m.name);
    expect(missing).not.toContain('Văn phòng UBND tỉnh');
    expect(missing).toContain('Sở Nội vụ');
  });
});

describe('the same person in two units, with full dates of birth', () => {
  const A = 'Sở Thử nghiệm A';
  const B = 'Sở Thử nghiệm B';
  const C = 'Sở Thử nghiệm C';
  const person = (unit: string, birthDate: string | null) =>
    dossier({ name: unit, categoryId: 'co-quan-cap-tinh-con-lai', nominees: [individual('Nguyễn Văn Hùng', 'Chuyên viên', unit, { birthYear: 1985, birthDate })] });
  const issuesOf = (consolidation: ReturnType<typeof consolidated>, unit: string) =>
    consolidation.units.find((u) => u.name === unit)!.issues.filter((issue) => issue.code === 'possible-duplicate').map((issue) => issue.message);

  it('keys people by folded name and year; two different full dates are two people', () => {
    expect(personKeyOf({ name: 'Nguyễn Văn Hùng', birthYear: 1985 })).toBe(personKeyOf({ name: 'NGUYEN VAN HUNG', birthYear: 1985 }));
    expect(mayBeSamePerson({ birthDate: '1985-03-05' }, { birthDate: '1985-07-01' })).toBe(false);
    expect(mayBeSamePerson({ birthDate: '1985-03-05' }, { birthDate: '1985-03-05' })).toBe(true);
    expect(mayBeSamePerson({ birthDate: '1985-03-05' }, { birthDate: null })).toBe(true);
    expect(mayBeSamePerson({}, { birthDate: '1985-03-05' })).toBe(true);
  });

  it('does not flag two different full dates', () => {
    const consolidation = consolidated(person(A, '1985-03-05'), person(B, '1985-07-01'));
    expect(consolidation.duplicates).toEqual([]);
    expect(issuesOf(consolidation, A)).toEqual([]);
  });

  it('flags the same date, and a date missing on either side, as “có thể trùng”', () => {
    const same = consolidated(person(A, '1985-03-05'), person(B, '1985-03-05'));
    expect(same.duplicates).toHaveLength(1);
    expect(same.duplicates[0]!.birthDate).toBe('1985-03-05');
    expect(issuesOf(same, A)).toEqual(['“Nguyễn Văn Hùng” (sinh ngày 5/3/1985) có thể trùng với “Nguyễn Văn Hùng” do “Sở Thử nghiệm B” đề nghị: cần xác minh có phải một người không.']);
    const oneMissing = consolidated(person(A, '1985-03-05'), person(B, null));
    expect(oneMissing.duplicates).toHaveLength(1);
    expect(issuesOf(oneMissing, B)).toEqual(['“Nguyễn Văn Hùng” (sinh năm 1985) có thể trùng với “Nguyễn Văn Hùng” do “Sở Thử nghiệm A” đề nghị: cần xác minh có phải một người không.']);
    // files of version 1 made before the date was kept: no date on either side
    expect(consolidated(person(A, null), person(B, null)).duplicates).toHaveLength(1);
  });

  it('puts an entry without a date with each dated one, and names each other unit once', () => {
    const consolidation = consolidated(person(A, '1985-03-05'), person(B, '1985-07-01'), person(C, null));
    expect(consolidation.duplicates.map((d) => [d.birthDate, d.entries.map((e) => e.unitName).sort()])).toEqual([
      ['1985-03-05', [A, C]],
      ['1985-07-01', [B, C]],
    ]);
    expect(issuesOf(consolidation, C)).toEqual([
      '“Nguyễn Văn Hùng” (sinh năm 1985) có thể trùng với “Nguyễn Văn Hùng” do “Sở Thử nghiệm A” đề nghị; “Nguyễn Văn Hùng” do “Sở Thử nghiệm B” đề nghị: cần xác minh có phải một người không.',
    ]);
    expect(issuesOf(consolidation, A)).toHaveLength(1);
    expect(issuesOf(consolidation, A)[0]).not.toContain(B);
  });
});

describe('a share of votes', () => {
  it('is written as the minutes write it: ordinary rounding from the exact integers', () => {
    expect(formatShare(7, 9)).toBe('77,78');
    expect(formatShare(9, 9)).toBe('100');
    expect(formatShare(1, 6)).toBe('16,67');
  });

  it('reads the same on the review page and in its messages, the threshold decided on the integers', () => {
    const UNIT = 'Ủy ban nhân dân xã Thử';
    const consolidation = consolidated(
      dossier({ name: UNIT, categoryId: 'xa-phuong', nominees: [collective(UNIT, 'xa-phuong', { votesInFavour: 7, membersPresent: 9 }), individual('Lê Thị Phiếu', 'Công chức', UNIT, { votesInFavour: 1, membersPresent: 6 })] }),
    );
    const [commune, person] = present(consolidation).units[0]!.nominees;
    expect(commune!.votesText).toBe('7/9 phiếu đồng ý (77,78%)');
    expect(person!.votesText).toBe('1/6 phiếu đồng ý (16,67%)');
    expect(person!.issues.find((issue) => issue.code === 'votes-below')!.message).toBe('“Lê Thị Phiếu”: 1/6 phiếu đồng ý (16,67%), chưa đạt mức quá 50% số thành viên Hội đồng có mặt đồng ý.');
    expect(commune!.issues.some((issue) => issue.code === 'votes-below')).toBe(false);
  });
});
