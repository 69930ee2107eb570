// The plan page: the whole text with scripts off, every clause anchored and link-able, header data.
import { expect, test } from '@playwright/test';
import { loadPlanSections, planClauses } from '../support/planMdx';
import { compareClauses } from '../../src/components/plan/clauseOrder';
import { loadCorrections, sourceBody } from '../support/planSource';
import { loadRules } from '../support/rules';
import { normalizeSpace } from './site-support';

const rules = loadRules();

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false });

  test('the plan page shows every section, clause and anchor, and the whole text of the source', async ({ page }) => {
    await page.goto('/ke-hoach/');
    await expect(page.locator('h1')).toContainText(rules.planDocument.title);
    for (const section of loadPlanSections().filter((candidate) => candidate.frontmatter.numeral)) {
      await expect(page.locator(`h2#${section.frontmatter.anchor}`)).toBeVisible();
    }
    const ids = new Set(await page.locator('[id]').evaluateAll((nodes) => nodes.map((node) => node.id)));
    const clauses = planClauses();
    expect(clauses.filter((clause) => !ids.has(clause.id)).map((clause) => clause.id)).toEqual([]);
    await expect(page.locator('#muc-iii-3-2-a-g1-y3')).toBeVisible();
    await expect(page.locator('#muc-iii-3-2-a-g1-y3')).toContainText('98%');

    // The text a reader sees (headings as printed, labels, no "§"), up to the closing "./.".
    const seen = normalizeSpace((await page.locator('.plan-text').innerText()).replace(/§/g, ''));
    expect(seen.slice(0, seen.indexOf('./.') + 3)).toBe(sourceBody());
  });

  test('every clause cited by the rules data has its anchor on the plan page', async ({ page }) => {
    await page.goto('/ke-hoach/');
    const ids = new Set(await page.locator('[id]').evaluateAll((nodes) => nodes.map((node) => node.id)));
    const cited = new Set<string>([
      ...rules.awards.flatMap((award) => [award.clause, award.criteriaClause, award.selectionClause]),
      ...rules.criteria.map((criterion) => criterion.clause),
      ...rules.nomineeKinds.map((kind) => kind.recipientScope.clause),
      ...rules.principles.flatMap((principle) => (principle.clause ? [principle.clause] : [])),
      ...rules.quotas.map((quota) => quota.clause),
      ...rules.keyDates.flatMap((keyDate) => (keyDate.clause ? [keyDate.clause] : [])),
      rules.planDocument.dossier.channelClause,
      rules.planDocument.dossier.deadlineClause,
      ...rules.planDocument.dossier.documents.map((document) => document.clause),
    ]);
    expect([...cited].filter((id) => !ids.has(id))).toEqual([]);
  });
});

test('the header data, the table of contents, the closing and the corrections', async ({ page }) => {
  await page.goto('/ke-hoach/');
  const { planDocument } = rules;
  const facts = page.locator('.plan-facts');
  await expect(facts).toContainText(planDocument.number);
  await expect(facts).toContainText('18/11/2025');
  await expect(facts).toContainText(planDocument.issuer);
  await expect(facts).toContainText(planDocument.signer.name);
  // the legal bases as the preamble cites them, dates written the same way ("ngày 05/8/2025")
  const bases = await facts.locator('li').allTextContents();
  expect(bases).toHaveLength(planDocument.legalBases.length);
  for (const basis of bases) expect(sourceBody()).toContain(normalizeSpace(basis));
  await expect(page.locator('.plan-header')).toContainText('Đắk Lắk, ngày 18 tháng 11 năm 2025');

  const toc = page.getByRole('navigation', { name: 'Mục lục' });
  for (const section of loadPlanSections()) await expect(toc.locator(`a[href="#${section.frontmatter.anchor}"]`)).toHaveCount(1);
  await expect(toc.locator('a[href="#muc-iii-3-2"]')).toHaveText('3.2. Bằng khen của Chủ tịch UBND tỉnh');

  const recipients = page.locator('#noi-nhan li');
  await expect(recipients).toHaveCount(planDocument.recipients.length);
  await expect(recipients.first()).toHaveText(`- ${planDocument.recipients[0]};`);
  await expect(page.locator('#chu-ky')).toContainText(planDocument.signer.name);

  const corrections = page.locator('#loi-danh-may + p + .table-scroll tbody tr');
  const expected = loadCorrections().sort((a, b) => compareClauses(a.clause, b.clause));
  await expect(corrections).toHaveCount(expected.length);
  for (const [index, correction] of expected.entries()) {
    await expect(corrections.nth(index).locator('td').nth(1)).toHaveText(correction.original);
    await expect(corrections.nth(index).locator('td').nth(2)).toHaveText(correction.corrected);
  }
});

test('a clause link opens the plan at that clause, and its "§" link points to itself', async ({ page }) => {
  await page.goto('/ke-hoach/#muc-iv-2-a-g9');
  const clause = page.locator('#muc-iv-2-a-g9');
  await expect(clause).toBeInViewport();
  const permalink = clause.locator(':scope > a.permalink');
  await expect(permalink).toHaveAttribute('href', '#muc-iv-2-a-g9');
  await expect(permalink).toHaveAccessibleName('Liên kết đến Mục IV.2.a, gạch đầu dòng thứ 9');
});

test('printing the plan hides the site navigation and the "§" links', async ({ page }) => {
  await page.goto('/ke-hoach/');
  await page.emulateMedia({ media: 'print' });
  for (const selector of ['.site-header', '.site-footer', '.plan-toc', 'a.permalink >> nth=0']) {
    await expect(page.locator(selector).first()).toBeHidden();
  }
  await expect(page.locator('#muc-iii-3-2-a-g1-y3')).toBeVisible();
});
