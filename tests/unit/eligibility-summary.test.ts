// selfCheckSummary: the sentences the dossier builder puts in section II of the achievement report.
import { describe, expect, it } from 'vitest';
import { eligibilityRecords, type SelfCheckAnswers } from '../../src/domain/eligibility';
import { selfCheckSummary } from '../../src/domain/selfCheckSummary';
import { loadRules } from '../support/rules';

const rules = loadRules();
const records = eligibilityRecords(rules);
const communeCriteria = rules.criteria.filter((c) => c.nomineeKind === 'xa-phuong');

const commune = (turnout: SelfCheckAnswers['turnout'], answers: SelfCheckAnswers['answers']): SelfCheckAnswers => ({
  award: 'bang-khen-chu-tich-ubnd-tinh',
  nomineeKind: 'xa-phuong',
  inScope: 'yes',
  answers,
  turnout,
});

describe('selfCheckSummary', () => {
  it("gives the commune's voter figures and every criterion met, in the plan's wording and order", () => {
    const answers = Object.fromEntries(communeCriteria.map((c) => [c.id, c.id === 'xa-phuong-ket-thuc-dung-gio' ? 'no' : 'yes'] as const));
    const sentences = selfCheckSummary(commune({ registered: '12500', voted: '12313' }, answers), records);
    expect(sentences[0]).toBe(
      'Tổng số cử tri có tên trong danh sách cử tri: 12.500 người; số cử tri đã đi bầu: 12.313 người; tỷ lệ cử tri đi bầu đạt 98,50%.',
    );
    expect(sentences[1]).toBe(
      'Đối chiếu với tiêu chuẩn Bằng khen của Chủ tịch UBND tỉnh tại Mục III.3.2 của Kế hoạch, xã, phường đạt các tiêu chuẩn sau:',
    );
    expect(sentences.slice(2)).toEqual(communeCriteria.filter((c) => c.id !== 'xa-phuong-ket-thuc-dung-gio').map((c) => c.text));
    for (const sentence of sentences) expect(sentence).toBe(sentence.normalize('NFC'));
  });

  it('leaves out the turnout criterion when it is not met, but keeps the figures', () => {
    const sentences = selfCheckSummary(commune({ registered: '10000', voted: '9790' }, {}), records);
    expect(sentences).toEqual(['Tổng số cử tri có tên trong danh sách cử tri: 10.000 người; số cử tri đã đi bầu: 9.790 người; tỷ lệ cử tri đi bầu đạt 97,90%.']);
  });

  it('says nothing for a check without award or kind, or with invalid figures', () => {
    expect(selfCheckSummary({ answers: {}, turnout: { registered: '', voted: '' } }, records)).toEqual([]);
    expect(selfCheckSummary(commune({ registered: '0', voted: '5' }, { 'xa-phuong-doan-ket': 'yes' }), records)).toEqual([]);
  });

  it('lists the criteria met by an individual', () => {
    const sentences = selfCheckSummary(
      { award: 'bang-khen-chu-tich-ubnd-tinh', nomineeKind: 'ca-nhan', inScope: 'yes', answers: { 'ca-nhan-guong-mau': 'yes' }, turnout: { registered: '', voted: '' } },
      records,
    );
    expect(sentences).toEqual([
      'Đối chiếu với tiêu chuẩn Bằng khen của Chủ tịch UBND tỉnh tại Mục III.3.2 của Kế hoạch, cá nhân đạt các tiêu chuẩn sau:',
      rules.criteria.find((c) => c.id === 'ca-nhan-guong-mau')!.text,
    ]);
  });
});
