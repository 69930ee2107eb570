import type { LegalBasis } from '../../schemas/clause';
import type { LegalReference } from '../../schemas/legalReference';
import { legalBasisLabel } from '../../domain/eligibility';
import { clauseHref, clauseLabel } from '../../domain/rules';

interface Props {
  clause?: string;
  legalBasis?: LegalBasis[];
  references: LegalReference[];
}

/** "(Kế hoạch, Mục III.3.2.a; Nghị định số 152/2025/NĐ-CP, Điều 4, khoản 4)", the clause linked to the plan page. */
export function Citation({ clause, legalBasis = [], references }: Props) {
  if (!clause && legalBasis.length === 0) return null;
  return (
    <span class="citation">
      (
      {clause && (
        <a href={clauseHref(clause)}>
          Kế hoạch, {clauseLabel(clause)}
        </a>
      )}
      {legalBasis.map((basis, index) => (
        <span key={basis.reference}>
          {clause || index > 0 ? '; ' : ''}
          {legalBasisLabel(basis, references)}
        </span>
      ))}
      )
    </span>
  );
}
