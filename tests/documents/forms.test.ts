// The wording of the forms (content/forms) is data validated by src/schemas/form.ts: a typo in
// a slot, an unconfirmed form number or a missing form fails the build with the field named.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { campaignReferences } from '../../src/dossier/references';
import { assembleForms, formText, templateSlots } from '../../src/schemas/form';
import { forms, rules } from '../fixtures/dossier';
import { loadForms } from '../support/forms';

const raw = (file: string) => parse(readFileSync(new URL(`../../content/forms/${file}`, import.meta.url), 'utf8'));
const issues = (data: unknown) => {
  const result = formText.safeParse(data);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('content/forms', () => {
  it('holds the wording of every document, valid', () => {
    const loaded = loadForms();
    expect(Object.keys(loaded).sort()).toEqual(['achievementReport', 'common', 'meetingMinutes', 'nomineeList', 'submissionLetter']);
    expect(loaded.achievementReport.sections.map((s) => s.heading)).toEqual([
      'I. THÔNG TIN CHUNG',
      'II. THÀNH TÍCH ĐẠT ĐƯỢC',
      'III. CÁC HÌNH THỨC KHEN THƯỞNG ĐÃ ĐƯỢC GHI NHẬN',
    ]);
    expect(loaded.achievementReport.wordingStatus).toBe('unconfirmed');
    const ids = loaded.achievementReport.sections.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain(loaded.achievementReport.facts.section);
    expect(loaded.achievementReport.sections.filter((s) => s.kind === 'awards')).toHaveLength(1);
  });

  it('never carries a form number ("Mẫu số")', () => {
    const data = raw('bao-cao-thanh-tich.yaml');
    expect(issues({ ...data, formName: `${data.formName} (Mẫu số 07)` })).toEqual([
      expect.stringContaining('không ghi số hiệu mẫu'),
    ]);
  });

  it('refuses a slot the document cannot fill, and a missing required slot, naming the field', () => {
    const letter = raw('to-trinh.yaml');
    expect(issues({ ...letter, closing: 'Kính trình {adressee} xem xét./.' })).toEqual([expect.stringMatching(/^closing: chỗ điền \{adressee\}/)]);
    expect(issues({ ...letter, proposal: 'Đề nghị khen thưởng.' })).toEqual(['proposal: thiếu chỗ điền {counts}']);
    const common = raw('common.yaml');
    expect(issues({ ...common, dateLine: '{place}, ngày {day} tháng {month}' })).toEqual(['dateLine: thiếu chỗ điền {year}']);
  });

  it('refuses decomposed Vietnamese, a bad file stem and an unknown form', () => {
    const list = raw('danh-sach-de-nghi.yaml');
    expect(issues({ ...list, title: 'DANH SÁCH'.normalize('NFD') })).toEqual([expect.stringMatching(/^title: .*NFC/)]);
    expect(issues({ ...list, fileStem: 'Danh sách' })).toEqual([expect.stringMatching(/^fileStem:/)]);
    expect(issues({ ...list, id: 'quyet-dinh' }).length).toBeGreaterThan(0);
    expect(issues({ ...list, columns: list.columns.slice(0, 6) }).length).toBeGreaterThan(0);
  });

  it('needs each form exactly once', () => {
    const all = Object.values(forms);
    expect(() => assembleForms(all.filter((form) => form.id !== 'common'))).toThrow(/thiếu mẫu common/);
    expect(() => assembleForms([...all, forms.common])).toThrow(/"common" bị trùng/);
  });

  it('cites legal texts that exist in content/rules', () => {
    const broken = { ...forms, submissionLetter: { ...forms.submissionLetter, legalBases: [{ source: 'nghi-dinh-98-2023', text: '{number}' }] } };
    expect(() => campaignReferences(rules, broken)).toThrow(/nghi-dinh-98-2023/);
  });

  it('lists the slots of a template', () => {
    expect(templateSlots('Số: {number}/{symbol} – {number}')).toEqual(['number', 'symbol', 'number']);
  });
});
