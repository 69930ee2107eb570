// Data that would not make a valid ho-so.json (an imported draft with a nominee without a name…):
// the merge refuses it with a typed error before reading any file, and the unit is told what to fix
// and where, never that the browser failed.
import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { eligibilityRecords } from '../../src/domain/eligibility';
import { dataProblems } from '../../src/dossier/dataProblems';
import { mergeSource, type DraftRules } from '../../src/dossier/dossierData';
import { targetLocation } from '../../src/islands/dossier/fieldIds';
import { prepareData } from '../../src/pdf/data';
import { DossierDataInvalid, mergeDossier, type MergeDocument } from '../../src/pdf/merge';
import { assemblyIssues, dossierSlots, unnamedNomineeMessage } from '../../src/pdf/slots';
import { drafts as draftsSchema } from '../../src/storage/drafts';
import { PERSON, UNIT, assemblyDrafts } from '../e2e/assembly-support';
import { loadRules } from '../support/rules';

const rules = loadRules();
const draftRules: DraftRules = {
  planNumber: rules.planDocument.number,
  quotas: rules.quotas.map(({ id, label, basis }) => ({ id, label, basis })),
  records: eligibilityRecords(rules),
};
const GROUPS = { collective: 'Tập thể', individual: 'Cá nhân' };
const metadata = { title: 'Hồ sơ', author: UNIT, subject: 'Hồ sơ', keywords: [], creator: 'test' };
const noHand = { nominees: [], category: { groupCount: '' } };

/** The fixture's drafts, the person's name wiped as an import may leave it. */
function unnamedDrafts() {
  const raw = assemblyDrafts();
  raw.quotaPlan.nominees[0] = { ...raw.quotaPlan.nominees[0]!, name: '   ' };
  return z.parse(draftsSchema, raw);
}

/** The merge's error, or a failure of the test if it merged. */
async function refusal(run: Promise<unknown>): Promise<DossierDataInvalid> {
  try {
    await run;
  } catch (error) {
    if (error instanceof DossierDataInvalid) return error;
    throw error;
  }
  throw new Error('merged');
}

describe('a nominee without a name in the drafts', () => {
  it('is refused by the merge with a typed error, before any file is read', async () => {
    const { data } = prepareData(mergeSource(unnamedDrafts(), draftRules, noHand), UNIT, new Date('2026-03-25T02:00:00Z'));
    let read = 0;
    const documents: MergeDocument[] = [
      {
        kind: 'achievement-report',
        title: 'Báo cáo thành tích',
        nomineeId: 'uv-hoa',
        sources: [
          async () => {
            read++;
            throw new Error('never read');
          },
        ],
      },
    ];
    const error = await refusal(mergeDossier({ documents, data, metadata }));
    expect(read).toBe(0);
    expect(error.name).toBe('DossierDataInvalid');
    expect(error.issues.map((issue) => issue.path)).toEqual([['nominees', 1, 'name']]);
  });

  it('is said as the check before the merge says it, with a link to the planner’s list', async () => {
    const drafts = unnamedDrafts();
    const { data, ids } = prepareData(mergeSource(drafts, draftRules, noHand), UNIT, new Date());
    const error = await refusal(mergeDossier({ documents: [], data, metadata }));
    const problems = dataProblems(error.issues, error.data, new Map([...ids].map(([draft, id]) => [id, draft])), GROUPS);
    // the person is the first individual of the list (the collective comes first)
    expect(problems).toEqual([{ message: unnamedNomineeMessage(GROUPS, 'individual', 1), target: { kind: 'nominee', id: 'uv-hoa', field: 'name' } }]);
    expect(problems[0]!.message).toBe('Cá nhân số 1 trong danh sách đề nghị chưa có tên: nhập tên đầy đủ ở trang Số lượng rồi ghép lại.');
    expect(targetLocation(problems[0]!.target!)).toEqual({ href: '/so-luong/#lap-danh-sach' });
    expect(problems[0]!.message).not.toMatch(/trình duyệt/);
    // the check before the merge finds it first, with the same words
    const slots = dossierSlots(drafts.quotaPlan.nominees.map((n) => ({ id: n.id, kind: n.type, name: n.name }))).map((spec) => ({ spec, files: [] }));
    const before = assemblyIssues(slots, { name: UNIT }, GROUPS).filter((issue) => issue.target.kind === 'nominee-name');
    expect(before.map((issue) => issue.message)).toEqual([problems[0]!.message]);
  });
});

describe('other data the schema refuses', () => {
  it('names the nominee, the field and the reason, and where it is fixed', async () => {
    const { data, ids } = prepareData(mergeSource(z.parse(draftsSchema, assemblyDrafts()), draftRules, noHand), UNIT, new Date());
    const broken = {
      ...data,
      nominees: data.nominees.map((n) => (n.id === 'uv-hoa' ? { ...n, birthYear: 1850, votesInFavour: -1 } : n)),
      meeting: { ...data.meeting, date: '2026-02-30' },
    };
    const error = await refusal(mergeDossier({ documents: [], data: broken, metadata }));
    const problems = dataProblems(error.issues, error.data, new Map([...ids].map(([draft, id]) => [id, draft])), GROUPS);
    expect(problems).toEqual([
      { message: `Cá nhân số 1 “${PERSON}”: năm sinh phải là số nguyên từ 1900 đến 2100.`, target: { kind: 'nominee', id: 'uv-hoa', field: 'birthYear' } },
      { message: `Cá nhân số 1 “${PERSON}”: số phiếu đồng ý phải là số nguyên từ 0 đến ${Number.MAX_SAFE_INTEGER}.`, target: { kind: 'report', id: 'uv-hoa', field: 'votesInFavour' } },
      { message: 'Ngày họp phải là ngày dạng năm-tháng-ngày, ví dụ 2026-03-20 (hoặc 2026-03, 2026).', target: { kind: 'meeting', field: 'date' } },
    ]);
    expect(problems.map((problem) => targetLocation(problem.target!))).toEqual([{ href: '/so-luong/#lap-danh-sach' }, { fieldId: 'hs-uv-hoa-phieu' }, { fieldId: 'hs-ngay-hop' }]);
  });

  it('says what is not typed by the unit as the schema says it, with nowhere to go', () => {
    const problems = dataProblems([{ code: 'custom', path: ['documents', 0, 'title'], message: 'không được để trống', input: '' }], {}, new Map(), GROUPS);
    expect(problems).toEqual([{ message: 'Dữ liệu hồ sơ chưa hợp lệ: documents[0].title: không được để trống.', target: null }]);
  });
});
