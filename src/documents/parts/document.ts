// The document shell shared by every builder: A4 (or landscape), the margins, Times New Roman
// as the document default, and the page number centred in the top margin from page 2 (the first
// page has its own, empty header: titlePg).
import { cleanLine } from '../text';
import { AlignmentType, Document, Header, LineRuleType, PageNumber, PageOrientation, Paragraph, type Table, TextRun } from 'docx';
import { FONT_SLOTS, LANGUAGE, MARGIN, PAGE, SIZE, SPACING } from '../layout';

export interface DocumentSpec {
  /** document type, for the file's properties (never personal data) */
  title: string;
  /** the issuing unit, for the file's properties */
  creator: string;
  landscape?: boolean;
  children: (Paragraph | Table)[];
}

function pageNumberHeader(): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT_SLOTS, size: SIZE.pageNumber })],
      }),
    ],
  });
}

export function officialDocument({ title, creator, landscape = false, children }: DocumentSpec): Document {
  const unit = cleanLine(creator);
  return new Document({
    title: cleanLine(title),
    creator: unit,
    lastModifiedBy: unit,
    styles: {
      default: {
        document: {
          run: { font: FONT_SLOTS, size: SIZE.body, language: { value: LANGUAGE, eastAsia: LANGUAGE, bidirectional: LANGUAGE } },
          paragraph: { spacing: { line: SPACING.line, lineRule: LineRuleType.AUTO } },
        },
      },
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: {
              width: PAGE.width,
              height: PAGE.height,
              orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
            },
            margin: { ...MARGIN },
          },
        },
        headers: { default: pageNumberHeader(), first: new Header({ children: [new Paragraph({})] }) },
        children,
      },
    ],
  });
}
