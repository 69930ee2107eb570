// Pure helpers of the content pages: search query variants, formatting, clause names and order,
// sitemap routes.
import { describe, expect, it } from 'vitest';
import { formatQuotaCount, formatKeyDate, formatLongDate, formatShortDate } from '../../src/components/format';
import { clauseName } from '../../src/components/plan/clauseName';
import { compareClauses } from '../../src/components/plan/clauseOrder';
import { queryVariants } from '../../src/components/search/queryVariants';
import { routeOf, routesOf } from '../../src/components/sitemapRoutes';
import { loadRules } from '../support/rules';

describe('queryVariants', () => {
  it('keeps a query without d as it is, normalised', () => {
    expect(queryVariants('  bau   cu ')).toEqual(['bau cu']);
    expect(queryVariants('bầu cử')).toEqual(['bầu cử']);
    expect(queryVariants('bầu cử'.normalize('NFD'))).toEqual(['bầu cử']);
    expect(queryVariants('   ')).toEqual([]);
  });

  it('adds đ for word-initial d, in every combination', () => {
    expect(queryVariants('dai bieu')).toEqual(['dai bieu', 'đai bieu']);
    expect(queryVariants('Don vi dia phuong')).toEqual(['Don vi dia phuong', 'Đon vi dia phuong', 'Don vi đia phuong', 'Đon vi đia phuong']);
    expect(queryVariants('đại biểu')).toEqual(['đại biểu']);
  });

  it('caps the number of searches', () => {
    const variants = queryVariants('do da di du de');
    expect(variants).toEqual(['do da di du de', 'đo đa đi đu đe']);
  });
});

describe('format', () => {
  it('writes dates the way the plan does', () => {
    expect(formatShortDate('2026-03-31')).toBe('31/3/2026');
    // as the plan's preamble writes its legal bases: "ngày 05/8/2025", "ngày 06/10/2025"
    expect(formatShortDate('2025-08-05')).toBe('05/8/2025');
    expect(formatShortDate('2025-10-06')).toBe('06/10/2025');
    expect(formatLongDate('2025-11-18')).toBe('ngày 18 tháng 11 năm 2025');
    expect(formatLongDate('2026-02-05')).toBe('ngày 05 tháng 02 năm 2026');
    expect(formatKeyDate('2025-10')).toBe('Tháng 10/2025');
    expect(formatKeyDate('2026-03-15')).toBe('15/3/2026');
    expect(formatQuotaCount(5)).toBe('05');
    expect(formatQuotaCount(12)).toBe('12');
  });
});

describe('clause names and order', () => {
  it('names a clause down to its bullets', () => {
    expect(clauseName('muc-iii-3-2-a-g1-y3')).toBe('Mục III.3.2.a, gạch đầu dòng thứ 1, dấu cộng thứ 3');
    expect(clauseName('muc-iv-2-a-g10')).toBe('Mục IV.2.a, gạch đầu dòng thứ 10');
    expect(clauseName('muc-iv-luu-y')).toBe('Mục IV, Lưu ý');
  });

  it('orders clauses as the plan reads', () => {
    const shuffled = ['muc-iv-2-a-g10', 'muc-iii-3-2-b', 'muc-iv-2-a-g2', 'muc-ii-2-dd', 'muc-ii-2-e', 'muc-iii-3-2-a-g1-y3', 'muc-iv-luu-y', 'muc-iv-2', 'muc-iv-3'];
    expect(shuffled.sort(compareClauses)).toEqual([
      'muc-ii-2-dd', 'muc-ii-2-e', 'muc-iii-3-2-a-g1-y3', 'muc-iii-3-2-b', 'muc-iv-2', 'muc-iv-2-a-g2', 'muc-iv-2-a-g10', 'muc-iv-3', 'muc-iv-luu-y',
    ]);
  });

  it('numbers awards and nominee kinds in the order the plan gives them', () => {
    const rules = loadRules();
    const firstCriterionClause = (kind: string) => rules.criteria.filter((c) => c.nomineeKind === kind).map((c) => c.clause).sort(compareClauses)[0]!;
    expect(rules.awards.map((award) => award.clause)).toEqual(rules.awards.map((award) => award.clause).sort(compareClauses));
    expect(rules.awards.map((award) => award.id)).toEqual(['bang-khen-thu-tuong', 'bang-khen-chu-tich-ubnd-tinh', 'giay-khen']);
    const kindClauses = rules.nomineeKinds.map((kind) => firstCriterionClause(kind.id));
    expect(kindClauses).toEqual([...kindClauses].sort(compareClauses));
  });
});

describe('sitemap routes', () => {
  it('maps page files to routes, leaving out 404, dynamic and private routes', () => {
    expect(routeOf('./index.astro')).toBe('/');
    expect(routeOf('./ke-hoach/index.astro')).toBe('/ke-hoach/');
    expect(routeOf('./gioi-thieu.mdx')).toBe('/gioi-thieu/');
    expect(routeOf('./404.astro')).toBeNull();
    expect(routeOf('./[slug].astro')).toBeNull();
    expect(routeOf('./_partials/x.astro')).toBeNull();
    expect(routesOf(['./so-luong/index.astro', './index.astro', './404.astro', './index.astro'])).toEqual(['/', '/so-luong/']);
  });
});
