import { type PDFDocument, type PDFFont, type PDFPage, rgb, type RGB } from 'pdf-lib';

/** A4 in PDF points, with margins of 2 cm. */
const PAGE = { width: 595.28, height: 841.89, margin: 56 };
export const TEXT_WIDTH = PAGE.width - 2 * PAGE.margin;

export const INK = rgb(0.09, 0.09, 0.09);
export const GREY = rgb(0.3, 0.3, 0.3);

export interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
  mono: PDFFont;
}

const SPACES = /[\u2000-\u200b\u202f\u205f\u3000]/;
const drawableOf = new WeakMap<PDFFont, Set<number>>();
/**
 * The standard PDF fonts (Helvetica, Courier) encode WinAnsi only: what they cannot draw is spelled
 * with what they can (a narrow no-break space, as French number and date formats use, becomes a
 * space; an accent they lack is dropped) instead of failing the whole receipt.
 */
export function winAnsi(font: PDFFont, text: string): string {
  let drawable = drawableOf.get(font);
  if (!drawable) drawableOf.set(font, (drawable = new Set(font.getCharacterSet())));
  const can = drawable;
  return Array.from(text, (char) => {
    const code = char.codePointAt(0)!;
    if (can.has(code)) return char;
    if (SPACES.test(char)) return ' ';
    if (char === '\u2011') return '-';
    const plain = char.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
    return Array.from(plain).every((c) => can.has(c.codePointAt(0)!)) ? plain : '?';
  }).join('');
}

/** Lines of at most `width` points: breaks at spaces, and inside a word longer than a line (a file name). */
export function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  const fits = (candidate: string) => font.widthOfTextAtSize(candidate, size) <= width;
  for (const word of text.split(/ +/)) {
    const candidate = line ? `${line} ${word}` : word;
    if (fits(candidate)) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    let rest = word;
    while (!fits(rest)) {
      let cut = rest.length - 1;
      while (cut > 1 && !fits(rest.slice(0, cut))) cut--;
      lines.push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    line = rest;
  }
  if (line) lines.push(line);
  return lines;
}

/** Writes lines top to bottom, starting a new page when one is full. */
export class PdfWriter {
  private page: PDFPage;
  private y: number;
  private readonly pages: PDFPage[] = [];

  constructor(
    private readonly doc: PDFDocument,
    readonly fonts: Fonts,
  ) {
    this.page = this.newPage();
    this.y = PAGE.height - PAGE.margin;
  }

  private newPage(): PDFPage {
    const page = this.doc.addPage([PAGE.width, PAGE.height]);
    this.pages.push(page);
    return page;
  }

  /** A paragraph, wrapped to the text width (indented by `indent` points). */
  text(text: string, options: { font?: PDFFont; size?: number; color?: RGB; indent?: number; after?: number } = {}) {
    const { font = this.fonts.regular, size = 10, color = INK, indent = 0, after = 2 } = options;
    const lineHeight = size * 1.3;
    for (const line of wrap(winAnsi(font, text), font, size, TEXT_WIDTH - indent)) {
      if (this.y - lineHeight < PAGE.margin) {
        this.page = this.newPage();
        this.y = PAGE.height - PAGE.margin;
      }
      this.y -= lineHeight;
      this.page.drawText(line, { x: PAGE.margin + indent, y: this.y, size, font, color });
    }
    this.y -= after;
  }

  /** Vertical space. */
  gap(points: number) {
    this.y -= points;
  }

  /** A thin rule across the text width. */
  rule() {
    this.gap(4);
    this.page.drawLine({
      start: { x: PAGE.margin, y: this.y },
      end: { x: PAGE.width - PAGE.margin, y: this.y },
      thickness: 0.5,
      color: GREY,
    });
    this.gap(8);
  }

  /** "1 / 2" at the foot of every page, once all are written. */
  numberPages(label: (page: number, of: number) => string) {
    this.pages.forEach((page, index) => {
      const text = label(index + 1, this.pages.length);
      const width = this.fonts.regular.widthOfTextAtSize(text, 8);
      page.drawText(text, {
        x: PAGE.width - PAGE.margin - width,
        y: PAGE.margin / 2,
        size: 8,
        font: this.fonts.regular,
        color: GREY,
      });
    });
  }
}
