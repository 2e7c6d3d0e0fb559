import {
  concatTransformationMatrix,
  fill,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  popGraphicsState,
  pushGraphicsState,
  rectangle,
  rgb,
  setFillingGrayscaleColor,
  setLineWidth,
  setStrokingGrayscaleColor,
  setTextRenderingMode,
  TextRenderingMode,
  type Color,
  type PDFFont,
  type PDFOperator,
  type PDFPage,
} from 'pdf-lib';
import QRCode from 'qrcode';
import { TRAINING_TYPE_TEXT, type CertificateContent } from './certificates.content.js';
import { fontBytes, fontkitForPdfLib } from './certificates.font.js';

/**
 * The printable certificate (M25): A4, black on white (prints on any office
 * printer), Noto Sans SC embedded as a subset, and a QR code with the
 * verification URL and the compact signed payload. The signed record and the
 * payload are also kept in the PDF's document information, where
 * `xunkao verify-certificate` reads them offline.
 */
export const PDF_INFO_RECORD = 'XunkaoCertificate';
export const PDF_INFO_PAYLOAD = 'XunkaoPayload';

export interface PrintableCertificate {
  content: CertificateContent;
  contentHash: string;
  signature: string;
  payload: string;
  verifyUrl: string;
}

/** The document information dictionary (pdf-lib keeps its own accessor private). */
export const infoDictOf = (doc: PDFDocument): PDFDict => doc.context.lookup(doc.context.trailerInfo.Info, PDFDict);

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 56;
const BLACK = rgb(0, 0, 0);
const GREY = rgb(0.35, 0.35, 0.35);
const QR_SIZE = 130;
const MASK_PATTERN = 0;

/** Bold is drawn by stroking the regular glyphs: one embedded font subset instead of two halves the font work. */
const BOLD_STROKE_PER_POINT = 0.045;

export async function renderCertificatePdf(c: PrintableCertificate): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkitForPdfLib as never);
  const font = await doc.embedFont(fontBytes(), { subset: true });
  const issued = new Date(c.content.issuedAt);
  doc.setTitle(`学时证明 ${c.content.number}`, { showInWindowTitleBar: true });
  doc.setSubject(`${c.content.learner.name} ${c.content.training.categoryName}`);
  doc.setCreator('训考 Xunkao');
  doc.setProducer('训考 Xunkao');
  // Fixed dates: the same certificate always renders to the same bytes.
  doc.setCreationDate(issued);
  doc.setModificationDate(issued);
  const info = infoDictOf(doc);
  info.set(PDFName.of(PDF_INFO_RECORD), PDFHexString.fromText(JSON.stringify({ content: c.content, contentHash: c.contentHash, signature: c.signature })));
  info.set(PDFName.of(PDF_INFO_PAYLOAD), PDFHexString.fromText(c.payload));

  const page = doc.addPage(A4);
  const pen = new Pen(page, font);
  layout(pen, c);
  drawQr(page, c.verifyUrl, A4[0] - MARGIN - QR_SIZE, MARGIN + 40);
  // One pass without yielding to the event loop between objects: a certificate is small.
  return doc.save({ useObjectStreams: false, objectsPerTick: Infinity });
}

function layout(pen: Pen, c: PrintableCertificate) {
  const k = c.content;
  pen.centered('安全生产培训学时证明', 24, true);
  pen.gap(8);
  pen.centered(`证明编号 ${k.number}${k.version > 1 ? `（第 ${k.version} 版，替代 ${k.supersedes}）` : ''}`, 10.5, false);
  pen.gap(18);
  pen.rule();
  const rows: [string, string][] = [
    ['姓名', k.learner.name],
    ['身份证号', k.learner.idNumberMasked],
    ['工作单位', k.learner.employer ?? '—'],
    ['培训类别', k.training.categoryName],
    ['培训类型', TRAINING_TYPE_TEXT[k.training.trainingType]],
    ['培训机构', `${k.institution.name}（统一社会信用代码 ${k.institution.creditCode}）`],
    ['培训班', k.class.name],
    ['培训期间', `${day(k.period.firstStudyAt)} 至 ${day(k.period.lastStudyAt)}（开班 ${k.class.startsOn} 至 ${k.class.endsOn}）`],
    [
      '完成学时',
      `${k.hours.totalStudyHours} 学时（要求 ${k.hours.required.theoryHours + k.hours.required.practicalHours} 学时；网络学时计入上限 ${k.hours.required.maxOnlineHours} 学时）`,
    ],
  ];
  for (const [label, value] of rows) pen.field(label, value);
  pen.gap(10);
  pen.heading('各课程学时（45 分钟为 1 学时）');
  pen.table(
    ['课程', '网络学时', '面授学时'],
    k.hours.courses.map((h) => [h.title, hours(h.onlineStudyHours, h.onlineSeconds), hours(h.offlineStudyHours, h.offlineSeconds)]),
    [0.6, 0.2, 0.2],
  );
  pen.gap(10);
  pen.heading('考核结果');
  if (k.tests.length === 0) pen.text('本班未设课程考核。', 10.5);
  else pen.table(['考核', '成绩', '合格分', '结果'], k.tests.map((t) => [t.title, String(t.score), String(t.passMark), t.passed ? '合格' : '不合格']), [0.55, 0.15, 0.15, 0.15]);

  pen.moveTo(MARGIN + 40 + QR_SIZE + 10);
  pen.rule();
  const left = [
    `签发时间：${dateTime(k.issuedAt)}（北京时间）`,
    '签发：训考平台（依据学时记录实时生成，M25）',
    '内容摘要（SHA-256）：',
    c.contentHash,
    `签名密钥：Ed25519 ${k.keyId}`,
    '扫描右侧二维码或访问核验页面，查看本证明的完整内容与当前状态',
    '（有效 / 已被新版本替代 / 已撤销）。',
  ];
  for (const line of left) pen.text(line, 9, GREY);
  pen.textAt('扫码核验', A4[0] - MARGIN - QR_SIZE / 2, MARGIN + 24, 9);
}

const day = (iso: string) => new Date(iso).toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });
const dateTime = (iso: string) => new Date(iso).toLocaleString('sv-SE', { timeZone: 'Asia/Shanghai' }).slice(0, 16);
const hours = (studyHours: number, seconds: number) => (seconds > 0 ? `${studyHours}（${Math.round(seconds / 60)} 分钟）` : '—');

/** A cursor down the page with the few drawing moves a certificate needs. */
class Pen {
  private y = A4[1] - MARGIN;
  private readonly width = A4[0] - 2 * MARGIN;
  constructor(
    private readonly page: PDFPage,
    private readonly font: PDFFont,
  ) {}

  private draw(text: string, at: { x: number; y: number; size: number; color?: Color }, bold = false) {
    if (bold) page(this.page, pushGraphicsState(), setTextRenderingMode(TextRenderingMode.FillAndOutline), setLineWidth(at.size * BOLD_STROKE_PER_POINT), setStrokingGrayscaleColor(0));
    this.page.drawText(text, { ...at, font: this.font, color: at.color ?? BLACK });
    if (bold) page(this.page, popGraphicsState());
  }

  gap(h: number) {
    this.y -= h;
  }

  /** The footer sits at a fixed height unless the content above already reaches below it. */
  moveTo(y: number) {
    this.y = Math.min(this.y - 10, y);
  }

  centered(text: string, size: number, bold: boolean) {
    this.y -= size;
    this.draw(text, { x: (A4[0] - this.font.widthOfTextAtSize(text, size)) / 2, y: this.y, size }, bold);
  }

  rule() {
    this.page.drawLine({ start: { x: MARGIN, y: this.y }, end: { x: A4[0] - MARGIN, y: this.y }, thickness: 0.8, color: BLACK });
    this.y -= 14;
  }

  heading(text: string) {
    this.y -= 12;
    this.draw(text, { x: MARGIN, y: this.y, size: 12 }, true);
    this.y -= 8;
  }

  text(text: string, size: number, color = BLACK) {
    this.y -= size + 3;
    this.draw(text, { x: MARGIN, y: this.y, size, color });
  }

  textAt(text: string, centerX: number, y: number, size: number) {
    this.draw(text, { x: centerX - this.font.widthOfTextAtSize(text, size) / 2, y, size });
  }

  field(label: string, value: string) {
    const size = 11;
    const labelWidth = 72;
    const lines = wrap(value, this.font, size, this.width - labelWidth);
    this.y -= size + 5;
    this.draw(label, { x: MARGIN, y: this.y, size }, true);
    lines.forEach((line, i) => {
      if (i > 0) this.y -= size + 4;
      this.draw(line, { x: MARGIN + labelWidth, y: this.y, size });
    });
  }

  table(head: string[], rows: string[][], fractions: number[]) {
    const size = 10;
    const xs = fractions.reduce<number[]>((acc, f, i) => [...acc, (acc[i] ?? MARGIN) + f * this.width], [MARGIN]);
    const row = (cells: string[], bold: boolean) => {
      const wrapped = cells.map((cell, i) => wrap(cell, this.font, size, fractions[i]! * this.width - 8));
      const height = Math.max(...wrapped.map((w) => w.length)) * (size + 3) + 6;
      const top = this.y;
      wrapped.forEach((lines, i) => lines.forEach((line, j) => this.draw(line, { x: xs[i]! + 4, y: top - (j + 1) * (size + 3), size }, bold)));
      this.y -= height;
      this.page.drawLine({ start: { x: MARGIN, y: this.y }, end: { x: A4[0] - MARGIN, y: this.y }, thickness: 0.4, color: BLACK });
    };
    this.page.drawLine({ start: { x: MARGIN, y: this.y }, end: { x: A4[0] - MARGIN, y: this.y }, thickness: 0.8, color: BLACK });
    row(head, true);
    for (const r of rows) row(r, false);
  }
}

const page = (p: PDFPage, ...ops: PDFOperator[]) => p.pushOperators(...ops);

/** Breaks Chinese text anywhere (no spaces to break at) so that each line fits; one measurement per character. */
function wrap(text: string, font: PDFFont, size: number, maxWidth: number): string[] {
  const lines: string[] = [];
  let line = '';
  let width = 0;
  for (const ch of text) {
    const w = font.widthOfTextAtSize(ch, size);
    if (line && width + w > maxWidth) {
      lines.push(line);
      line = '';
      width = 0;
    }
    line += ch;
    width += w;
  }
  return [...lines, line];
}

/**
 * The QR code as filled rectangles, one per run of dark modules in a row, drawn in module units
 * (one transformation for the whole code): sharp at any print resolution, and a small content stream.
 */
function drawQr(page: PDFPage, text: string, x: number, y: number) {
  // One byte-mode segment (the URL is ASCII) and a fixed mask: the library's segment optimiser and its
  // trial of all eight masks cost more than they save on a code printed in black on white.
  const qr = QRCode.create([{ data: Buffer.from(text), mode: 'byte' }], { errorCorrectionLevel: 'M', maskPattern: MASK_PATTERN });
  const n = qr.modules.size;
  const quiet = 2;
  const cell = QR_SIZE / (n + 2 * quiet);
  // Module (column c, row r) lands at (x + (quiet + c)·cell, top − (quiet + r)·cell): rows run downwards.
  const ops = [pushGraphicsState(), setFillingGrayscaleColor(0), concatTransformationMatrix(cell, 0, 0, -cell, x + quiet * cell, y + QR_SIZE - quiet * cell)];
  for (let r = 0; r < n; r++) {
    for (let c = 0; c < n; c++) {
      if (!qr.modules.get(r, c)) continue;
      let end = c;
      while (end + 1 < n && qr.modules.get(r, end + 1)) end++;
      ops.push(rectangle(c, r, end + 1 - c, 1));
      c = end;
    }
  }
  ops.push(fill(), popGraphicsState());
  page.pushOperators(...ops);
}
