import type { Grant } from '@org/domain';
import { type GrantReportOptions, grantReportBlocks, type ReportInline } from './grant-report.js';
import { escapeXml, xmlSafe } from './html.js';
import type { WorldIndex } from './world-index.js';

type Node = object;
type Make = new (options: object) => Node;

// docx 9.7's type declarations use extension-less relative imports, which NodeNext resolution cannot
// follow, so its types come through empty; this is the part of its API we call, typed by hand.
interface DocxApi {
  Document: Make;
  Paragraph: Make;
  TextRun: Make;
  ExternalHyperlink: Make;
  Table: Make;
  TableRow: Make;
  TableCell: Make;
  HeadingLevel: { TITLE: string; HEADING_1: string; HEADING_2: string; HEADING_3: string };
  AlignmentType: { CENTER: string };
  WidthType: { PERCENTAGE: string };
  Packer: {
    toArrayBuffer(
      document: Node,
      prettify?: boolean,
      overrides?: readonly { path: string; data: string }[],
    ): Promise<ArrayBuffer>;
  };
}

const CREATOR = 'Mosty (@org/formats)';
// The report is Polish, as the form is.
const LANGUAGE = 'pl-PL';

// docx 9.7 writes no dc:language in the core properties (its CoreProperties have no such option), so the package's
// core.xml is written here, with the same title and creator. Its dates are the report's `asOf`, when given, rather
// than the clock's: the same report comes out the same.
function coreXml(title: string, asOf: string | undefined): string {
  const when = asOf === undefined ? undefined : `${new Date(Date.parse(asOf)).toISOString().slice(0, 19)}Z`;
  const dates = when
    ? `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified>`
    : '';
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${escapeXml(title)}</dc:title><dc:creator>${escapeXml(CREATOR)}</dc:creator><dc:language>${LANGUAGE}</dc:language>${dates}</cp:coreProperties>`;
}

/**
 * The grant report draft (see `grantReportMarkdown`) as a Word document (.docx): headings, bold labels,
 * tables with borders, page URLs as links, and every blank to fill in highlighted in yellow as
 * "[do uzupełnienia]". Built with docx (loaded on first use); runs in Node and browsers.
 *
 * @example
 * const bytes = await grantReportDocx(seedGrant, index, { locale: 'pl', siteUrl });
 * bytes.subarray(0, 2) // Uint8Array [0x50, 0x4b] ("PK": a zip container)
 */
export async function grantReportDocx(
  grant: Grant,
  world: WorldIndex,
  options: GrantReportOptions,
): Promise<Uint8Array> {
  const blocks = grantReportBlocks(grant, world, options);
  const docx = (await import('docx')) as unknown as DocxApi;
  const {
    AlignmentType,
    Document,
    ExternalHyperlink,
    HeadingLevel,
    Packer,
    Paragraph,
    Table,
    TableCell,
    TableRow,
    TextRun,
    WidthType,
  } = docx;
  // XML 1.0 cannot carry most control characters, even escaped; docx escapes the rest.
  const text = (value: string, more: { bold?: boolean } = {}) => new TextRun({ text: xmlSafe(value), ...more });
  const runs = (parts: readonly ReportInline[]): Node[] =>
    parts.map((part) => {
      if (typeof part === 'string') return text(part);
      if ('bold' in part) return text(part.bold, { bold: true });
      if ('link' in part)
        return new ExternalHyperlink({
          link: part.link,
          children: [new TextRun({ text: part.link, style: 'Hyperlink' })],
        });
      return new TextRun({ text: `[${xmlSafe(part.blank)}]`, highlight: 'yellow', italics: true });
    });
  const paragraph = (children: Node[], more: object = {}) => new Paragraph({ ...more, children });
  const headings = {
    1: HeadingLevel.TITLE,
    2: HeadingLevel.HEADING_1,
    3: HeadingLevel.HEADING_2,
    4: HeadingLevel.HEADING_3,
  } as const;
  const children = blocks.flatMap((b): Node[] => {
    switch (b.kind) {
      case 'heading':
        return [
          paragraph([text(b.text)], {
            heading: headings[b.level],
            ...(b.level === 1 ? { alignment: AlignmentType.CENTER } : {}),
          }),
        ];
      case 'paragraph':
        return [paragraph(runs(b.content))];
      case 'list':
        return b.items.map((item) => paragraph(runs(item), { bullet: { level: 0 } }));
      default:
        return [
          new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            rows: [
              new TableRow({
                tableHeader: true,
                children: b.header.map(
                  (cell) => new TableCell({ children: [paragraph([text(cell, { bold: true })])] }),
                ),
              }),
              ...b.rows.map(
                (row) =>
                  new TableRow({ children: row.map((cell) => new TableCell({ children: [paragraph(runs(cell))] })) }),
              ),
            ],
          }),
          paragraph([]),
        ];
    }
  });
  const title = xmlSafe(`Sprawozdanie z wykonania zadania publicznego: ${grant.taskTitle}`);
  const document = new Document({
    creator: CREATOR,
    title,
    // The language of the text (spelling, hyphenation, screen readers) is the default run's w:lang in styles.xml:
    // docx has no document-wide option for it (Document's `language` is not one: it was ignored).
    styles: { default: { document: { run: { font: 'Calibri', size: 22, language: { value: LANGUAGE } } } } },
    sections: [{ children }],
  });
  return new Uint8Array(
    await Packer.toArrayBuffer(document, false, [{ path: 'docProps/core.xml', data: coreXml(title, options.asOf) }]),
  );
}
