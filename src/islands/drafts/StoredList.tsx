import type { CommonForm } from '../../schemas/form';
import type { NomineeType } from '../../schemas/nominee';
import type { Drafts } from '../../storage/drafts';
import { formatDateTime } from '../shared/format';

export interface DraftsLabels {
  /** award id → short name */
  awards: Record<string, string>;
  /** nominee kind id → name */
  nomineeKinds: Record<string, string>;
  /** quota category id → label */
  categories: Record<string, string>;
  /** how the two types of nominee are named (content/forms/common.yaml) */
  nomineeGroups: CommonForm['nomineeGroups'];
}

/** One row of the nominee table: a nominee of the list, or data left by a nominee removed from it. */
export interface NomineeRow {
  id: string;
  /** place in the list, 1-based; undefined for leftovers */
  number?: number;
  name: string;
  type?: NomineeType;
  hasSelfCheck: boolean;
  hasReport: boolean;
  changedAt?: string;
}

export function nomineeRows(drafts: Drafts): NomineeRow[] {
  const rows: NomineeRow[] = drafts.quotaPlan.nominees.map((nominee, index) => ({
    id: nominee.id,
    number: index + 1,
    name: nominee.name,
    type: nominee.type,
    hasSelfCheck: nominee.id in drafts.selfChecks,
    hasReport: nominee.id in drafts.dossier.reports,
    changedAt: drafts.changedAt.nominees[nominee.id],
  }));
  const listed = new Set(rows.map((row) => row.id));
  const leftovers = new Set([...Object.keys(drafts.selfChecks), ...Object.keys(drafts.dossier.reports)]);
  leftovers.delete('current');
  for (const id of leftovers) {
    if (listed.has(id)) continue;
    rows.push({ id, name: '', hasSelfCheck: id in drafts.selfChecks, hasReport: id in drafts.dossier.reports, changedAt: drafts.changedAt.nominees[id] });
  }
  return rows;
}

/** How a nominee is named in messages: its name, else its place in the list. */
export const rowLabel = (row: NomineeRow) =>
  row.name.trim() || (row.number ? `đối tượng số ${row.number} (chưa có tên)` : 'dữ liệu của một đối tượng đã bỏ khỏi danh sách');

const NOT_YET = 'Chưa có';

interface Props {
  drafts: Drafts;
  /** nomineeRows(drafts) */
  rows: NomineeRow[];
  labels: DraftsLabels;
  onExportNominee: (row: NomineeRow) => void;
  onDeleteNominee: (row: NomineeRow) => void;
}

/** What is stored on this computer, part by part, with the time of each part's last change. */
export function StoredList({ drafts, rows, labels, onExportNominee, onDeleteNominee }: Props) {
  const { profile } = drafts.dossier;
  const plan = drafts.quotaPlan;
  const current = drafts.selfChecks.current;
  const when = (iso?: string) => formatDateTime(iso) || '—';
  const category = plan.categoryId ? (labels.categories[plan.categoryId] ?? plan.categoryId) : '';

  return (
    <>
      <div class="table-scroll" tabIndex={0} role="region" aria-labelledby="bang-phan-luu">
        <table>
          <caption id="bang-phan-luu">Thông tin chung</caption>
          <thead>
            <tr>
              <th scope="col">Phần</th>
              <th scope="col">Nội dung đang lưu</th>
              <th scope="col">Thay đổi lần cuối</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">Thông tin đơn vị</th>
              <td>{profile.unitName.trim() || NOT_YET}</td>
              <td>{when(drafts.changedAt.profile)}</td>
            </tr>
            <tr>
              <th scope="row">Kế hoạch số lượng</th>
              <td>
                {category || 'Chưa chọn nhóm đơn vị'}
                {plan.unitName ? ` · ${plan.unitName}` : ''} · {plan.nominees.length} đối tượng
              </td>
              <td>{when(drafts.changedAt.quotaPlan)}</td>
            </tr>
            <tr>
              <th scope="row">Bản tự kiểm tra đang làm</th>
              <td>
                {current
                  ? [current.award && labels.awards[current.award], current.nomineeKind && labels.nomineeKinds[current.nomineeKind]]
                      .filter(Boolean)
                      .join(' · ') || 'Mới bắt đầu'
                  : NOT_YET}
              </td>
              <td>{when(drafts.changedAt.selfChecks.current)}</td>
            </tr>
          </tbody>
        </table>
      </div>

      <div class="table-scroll" tabIndex={0} role="region" aria-labelledby="bang-doi-tuong">
        <table>
          <caption id="bang-doi-tuong">Đối tượng đề nghị khen thưởng ({rows.length})</caption>
          <thead>
            <tr>
              <th scope="col">STT</th>
              <th scope="col">Tên</th>
              <th scope="col">Loại</th>
              <th scope="col">Đã có</th>
              <th scope="col">Thay đổi lần cuối</th>
              <th scope="col">Thao tác</th>
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 && (
              <tr>
                <td colSpan={6}>Chưa có đối tượng nào.</td>
              </tr>
            )}
            {rows.map((row) => (
              <tr key={row.id}>
                <td>{row.number ?? '—'}</td>
                <th scope="row">{row.number ? row.name.trim() || '(chưa có tên)' : '(đã bỏ khỏi danh sách)'}</th>
                <td>{row.type ? labels.nomineeGroups[row.type] : '—'}</td>
                <td>{[row.hasSelfCheck && 'Bản tự kiểm tra', row.hasReport && 'Báo cáo thành tích'].filter(Boolean).join(', ') || '—'}</td>
                <td>{when(row.changedAt)}</td>
                <td>
                  <div class="drafts-actions">
                    {row.number && (
                      <button type="button" class="button button--secondary" onClick={() => onExportNominee(row)}>
                        Xuất tệp<span class="visually-hidden"> của {rowLabel(row)}</span>
                      </button>
                    )}
                    <button type="button" class="button button--secondary" onClick={() => onDeleteNominee(row)}>
                      Xóa<span class="visually-hidden"> {rowLabel(row)}</span>
                    </button>
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
