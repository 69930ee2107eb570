// ho-so.json on its own, downloaded from /ho-so/ beside the ZIP ("Tải dữ liệu hồ sơ (JSON)"): the
// same data the merged PDF carries (src/pdf/merge.ts), from the same drafts and in the same order,
// without documents or pages. Sở Nội vụ's review page reads either. Pure; the island imports it
// when the button is pressed.
import { asciiSlug } from '../documents/fileNames';
import { prepareData } from '../pdf/data';
import { withUniqueIds } from '../pdf/nominees';
import { inListOrder } from '../pdf/slots';
import { DOSSIER_DATA_MIME_TYPE, readDossierData } from '../schemas/dossierData';
import type { Drafts } from '../storage/drafts';
import { assemblySource, type DraftRules } from './dossierData';

export type DataFileResult =
  | { ok: true; name: string; mimeType: string; text: string }
  /** what is missing for the data to be valid, in Vietnamese */
  | { ok: false; message: string };

/**
 * The dossier's data from the drafts, validated by the schema of ho-so.json, named
 * "<stem>-<unit>.json". Refused, saying why, without the unit's name or without a nominee.
 */
export function dossierDataFile(drafts: Drafts, rules: DraftRules, fileStem: string, now = new Date()): DataFileResult {
  const source = assemblySource(drafts, rules);
  if (!source.unit.name) return { ok: false, message: 'Chưa tải được dữ liệu hồ sơ: hãy nhập tên đơn vị ở phần 1.' };
  if (source.nominees.length === 0) return { ok: false, message: 'Chưa tải được dữ liệu hồ sơ: danh sách đề nghị chưa có tập thể, cá nhân nào.' };
  const { data } = prepareData({ ...source, nominees: inListOrder(withUniqueIds(source.nominees)) }, source.unit.name, now);
  const read = readDossierData({ ...data, documents: [], pageCount: null });
  if (!read.ok) return { ok: false, message: `Chưa tải được dữ liệu hồ sơ: ${[read.message, ...read.problems].join(' ')}` };
  return {
    ok: true,
    name: `${[fileStem, asciiSlug(source.unit.name, 40)].filter(Boolean).join('-')}.json`,
    mimeType: DOSSIER_DATA_MIME_TYPE,
    text: `${JSON.stringify(read.data, null, 2)}\n`,
  };
}
