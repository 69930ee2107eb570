// The self-check's flow (which steps, in which order) and its validation, without a browser.
import { describe, expect, it } from 'vitest';
import { eligibilityRecords } from '../../src/domain/eligibility';
import type { SelfCheckAnswers } from '../../src/schemas/selfCheck';
import { firstUnanswered, isStepId, stepAfter, stepBefore, stepsFor } from '../../src/islands/eligibility/steps';
import { validateStep } from '../../src/islands/eligibility/validate';
import { loadRules } from '../support/rules';

const records = eligibilityRecords(loadRules());
const empty = (): SelfCheckAnswers => ({ answers: {}, turnout: { registered: '', voted: '' } });
const ids = (check: SelfCheckAnswers) => stepsFor(check, records).map((s) => s.id);
const exclusionIds = records.principles.filter((p) => p.kind === 'exclusion').map((p) => p.id);

describe('self-check steps', () => {
  it('asks award and kind first, then the scope, one step per criterion, the exclusions, the summary and the result', () => {
    expect(ids(empty())).toEqual(['hinh-thuc', 'doi-tuong']);
    expect(ids({ ...empty(), award: 'bang-khen-chu-tich-ubnd-tinh', nomineeKind: 'xa-phuong' })).toEqual([
      'hinh-thuc',
      'doi-tuong',
      'pham-vi',
      'tieu-chuan-xa-phuong-doan-ket',
      'tieu-chuan-xa-phuong-dot-thi-dua',
      'tieu-chuan-xa-phuong-bau-du-dai-bieu',
      'tieu-chuan-xa-phuong-ty-le-cu-tri',
      'tieu-chuan-xa-phuong-ket-qua-bau-cu',
      'tieu-chuan-xa-phuong-ket-thuc-dung-gio',
      'tieu-chuan-xa-phuong-an-ninh-trat-tu',
      'tieu-chuan-xa-phuong-tuyen-truyen',
      'loai-tru',
      'kiem-tra',
      'ket-qua',
    ]);
  });

  it('has no criteria steps for the awards whose criteria the plan does not set', () => {
    expect(ids({ ...empty(), award: 'bang-khen-thu-tuong', nomineeKind: 'ca-nhan' })).toEqual(['hinh-thuc', 'doi-tuong', 'pham-vi', 'loai-tru', 'kiem-tra', 'ket-qua']);
    expect(ids({ ...empty(), award: 'giay-khen', nomineeKind: 'xa-phuong' })).toEqual(['hinh-thuc', 'doi-tuong', 'pham-vi', 'loai-tru', 'kiem-tra', 'ket-qua']);
  });

  it('goes straight to the summary when the nominee is out of scope', () => {
    const check: SelfCheckAnswers = { ...empty(), award: 'bang-khen-chu-tich-ubnd-tinh', nomineeKind: 'ca-nhan', inScope: 'no' };
    const steps = stepsFor(check, records);
    expect(steps.map((s) => s.id)).toEqual(['hinh-thuc', 'doi-tuong', 'pham-vi', 'kiem-tra', 'ket-qua']);
    expect(stepAfter(steps, 'pham-vi')?.id).toBe('kiem-tra');
  });

  it('numbers the criteria steps', () => {
    const steps = stepsFor({ ...empty(), award: 'bang-khen-chu-tich-ubnd-tinh', nomineeKind: 'ca-nhan' }, records);
    expect(steps.filter((s) => s.kind === 'criterion').map((s) => s.kind === 'criterion' && `${s.position}/${s.count}`)).toEqual(['1/4', '2/4', '3/4', '4/4']);
  });

  it('resumes at the first question without a valid answer', () => {
    const check: SelfCheckAnswers = {
      ...empty(),
      award: 'bang-khen-chu-tich-ubnd-tinh',
      nomineeKind: 'xa-phuong',
      inScope: 'yes',
      answers: { 'xa-phuong-doan-ket': 'yes', 'xa-phuong-dot-thi-dua': 'no', 'xa-phuong-bau-du-dai-bieu': 'yes' },
      turnout: { registered: '100', voted: '101' },
    };
    const steps = stepsFor(check, records);
    expect(firstUnanswered(steps, check, records).id).toBe('tieu-chuan-xa-phuong-ty-le-cu-tri');
    const done: SelfCheckAnswers = { ...check, inScope: 'no' };
    expect(firstUnanswered(stepsFor(done, records), done, records).id).toBe('kiem-tra');
  });

  it('links back to the previous step', () => {
    const steps = stepsFor({ ...empty(), award: 'giay-khen', nomineeKind: 'xa-phuong' }, records);
    expect(stepBefore(steps, 'hinh-thuc')).toBeUndefined();
    expect(stepBefore(steps, 'loai-tru')?.id).toBe('pham-vi');
    expect(stepBefore(steps, 'ket-qua')?.id).toBe('kiem-tra');
  });

  it('tells its own hashes from other anchors of the page', () => {
    expect(isStepId('kiem-tra')).toBe(true);
    expect(isStepId('tieu-chuan-xa-phuong-doan-ket')).toBe(true);
    expect(isStepId('noi-dung')).toBe(false);
    expect(isStepId('')).toBe(false);
  });
});

describe('self-check validation', () => {
  const base: SelfCheckAnswers = { ...empty(), award: 'bang-khen-chu-tich-ubnd-tinh', nomineeKind: 'xa-phuong' };
  const step = (id: string, check = base) => stepsFor(check, records).find((s) => s.id === id)!;

  it('asks for a choice on the first steps', () => {
    expect(validateStep(step('hinh-thuc', empty()), empty(), records)).toEqual([{ fieldId: 'truong-hinh-thuc', message: 'Chọn hình thức khen thưởng.' }]);
    expect(validateStep(step('doi-tuong', empty()), empty(), records)).toEqual([
      { fieldId: 'truong-doi-tuong', message: 'Chọn đối tượng được đề nghị khen thưởng.' },
    ]);
    expect(validateStep(step('pham-vi'), base, records)).toEqual([{ fieldId: 'truong-pham-vi', message: 'Chọn “Có” hoặc “Không”.' }]);
    expect(validateStep(step('pham-vi'), { ...base, inScope: 'no' }, records)).toEqual([]);
  });

  it('asks for a yes/no answer on a criterion', () => {
    expect(validateStep(step('tieu-chuan-xa-phuong-doan-ket'), base, records)).toEqual([
      { fieldId: 'truong-xa-phuong-doan-ket', message: 'Chọn “Có” hoặc “Không”.' },
    ]);
  });

  it('gives the turnout messages at the two figures', () => {
    const turnout = step('tieu-chuan-xa-phuong-ty-le-cu-tri');
    expect(validateStep(turnout, base, records).map((e) => e.fieldId)).toEqual(['so-cu-tri', 'so-cu-tri-di-bau']);
    expect(validateStep(turnout, { ...base, turnout: { registered: '100', voted: '101' } }, records)).toEqual([
      { fieldId: 'so-cu-tri-di-bau', message: 'Số cử tri đã đi bầu không được lớn hơn số cử tri có tên trong danh sách cử tri.' },
    ]);
    expect(validateStep(turnout, { ...base, turnout: { registered: '100', voted: '97' } }, records)).toEqual([]);
  });

  it('names every unanswered exclusion', () => {
    const errors = validateStep(step('loai-tru'), { ...base, answers: { 'dang-xem-xet-ky-luat': 'no' } }, records);
    expect(errors.map((e) => e.fieldId)).toEqual(exclusionIds.slice(1).map((id) => `truong-${id}`));
    expect(errors[1]?.message).toBe('Chọn “Có” hoặc “Không” cho trường hợp: Có đơn thư khiếu nại, tố cáo.');
  });
});
