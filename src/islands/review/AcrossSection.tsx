// Across units: the totals by category of Mục IV.2 (proposed and accepted; collectives,
// individuals, women, the share of non-leaders that the plan puts first), the same person proposed
// by two units ("có thể trùng", for the reviewer to decide), and the units of a known list that
// sent nothing.
import type { KindCounts, Tally } from '../../review/tally';
import type { ClauseLink, PresentedConsolidation } from './present';

/** "3/4 (75%)": whole percents, enough for a share of people. */
const share = (part: number, whole: number) => (whole === 0 ? '—' : `${part}/${whole} (${Math.round((part * 100) / whole)}%)`);

function Counts({ counts }: { counts: KindCounts }) {
  return (
    <>
      <td>{counts.collectives}</td>
      <td>{counts.individuals}</td>
      <td>{counts.women}</td>
      <td>{share(counts.nonLeaders, counts.leadershipAnswered)}</td>
    </>
  );
}

/** The clauses the section cites, as the page links them. */
export interface AcrossLinks {
  /** the quota table (Mục IV.2) */
  quota: ClauseLink;
  /** the priority for non-leaders (Mục IV, Lưu ý) */
  leadership: ClauseLink;
}

export function AcrossSection({ consolidation, totals, noCategory, links }: { consolidation: PresentedConsolidation; totals: Tally; noCategory: string; links: AcrossLinks }) {
  const { duplicates, missing } = consolidation;
  return (
    <section aria-labelledby="tong-hop-toan-tinh">
      <h2 id="tong-hop-toan-tinh">3. Tổng hợp toàn tỉnh</h2>
      <h3 id="tong-hop-theo-nhom">Theo nhóm đơn vị</h3>
      <p>
        Số đề nghị và số đã chấp nhận theo từng nhóm của <a href={links.quota.href}>{links.quota.label}</a>. Cột “không giữ chức vụ lãnh đạo”
        là tỷ lệ cá nhân không giữ chức vụ lãnh đạo, quản lý trên số cá nhân có trả lời, theo lưu ý ưu tiên của Kế hoạch (
        <a href={links.leadership.href}>{links.leadership.label}</a>).
      </p>
      <div class="table-scroll" role="region" aria-labelledby="tong-hop-theo-nhom" tabIndex={0}>
        <table class="review-totals">
          <thead>
            <tr>
              <th scope="col" rowSpan={2}>
                Nhóm đơn vị
              </th>
              <th scope="col" rowSpan={2}>
                Đơn vị gửi hồ sơ
              </th>
              <th scope="colgroup" colSpan={4}>
                Đề nghị
              </th>
              <th scope="colgroup" colSpan={4}>
                Đã chấp nhận
              </th>
            </tr>
            <tr>
              {[0, 1].map((group) => [
                <th scope="col" key={`${group}-c`}>Tập thể</th>,
                <th scope="col" key={`${group}-i`}>Cá nhân</th>,
                <th scope="col" key={`${group}-w`}>Nữ</th>,
                <th scope="col" key={`${group}-n`}>Không giữ chức vụ lãnh đạo</th>,
              ])}
            </tr>
          </thead>
          <tbody>
            {totals.categories.map((row) => (
              <tr key={row.category?.id ?? ''}>
                <th scope="row">{row.category?.label ?? noCategory}</th>
                <td>{row.units}</td>
                <Counts counts={row.proposed} />
                <Counts counts={row.accepted} />
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">Toàn tỉnh</th>
              <td>{totals.total.units}</td>
              <Counts counts={totals.total.proposed} />
              <Counts counts={totals.total.accepted} />
            </tr>
          </tfoot>
        </table>
      </div>

      <h3>Có thể trùng người</h3>
      {duplicates.length === 0 ? (
        <p>Không thấy cá nhân nào được hai đơn vị cùng đề nghị (so họ tên không dấu và năm sinh).</p>
      ) : (
        <>
          <p>
            Cùng họ tên (không tính dấu, chữ hoa) và cùng năm sinh, không có hai ngày sinh đầy đủ khác nhau, do hai đơn vị trở lên đề nghị: có thể trùng,
            người thẩm định xác minh và quyết định.
          </p>
          <ul class="review-duplicates">
            {duplicates.map((group) => (
              <li key={`${group.name}-${group.birthYear}-${group.birthDate}`}>
                <strong>Có thể trùng:</strong> {group.entries.map((entry) => `${entry.name} (${entry.unitName})`).join('; ')}; sinh năm {group.birthYear}.
              </li>
            ))}
          </ul>
        </>
      )}

      <h3>Đơn vị chưa gửi hồ sơ</h3>
      {missing.length === 0 ? (
        <p>Các đơn vị có tên trong Kế hoạch đều đã gửi hồ sơ.</p>
      ) : (
        <ul>
          {missing.map((unit) => (
            <li key={`${unit.category.id}-${unit.name}`}>
              {unit.name} (<a href={unit.link.href}>{unit.link.label}</a>)
            </li>
          ))}
        </ul>
      )}
      <p class="muted">Chỉ biết được đơn vị nào chưa gửi ở các nhóm mà Kế hoạch nêu tên từng đơn vị.</p>
    </section>
  );
}
