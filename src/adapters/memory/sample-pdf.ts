/**
 * Builds a small, valid one-page PDF (Helvetica, WinAnsi text) for the sample
 * after-visit summary, so the demo has a real PDF to open without a server.
 */

/** Escapes a line for a PDF string literal; Latin-1 letters (á, é, ñ…) become octal escapes. */
function pdfString(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 63;
    if (ch === '(' || ch === ')' || ch === '\\') out += `\\${ch}`;
    else if (code >= 32 && code < 127) out += ch;
    else if (code >= 160 && code < 256) out += `\\${code.toString(8).padStart(3, '0')}`;
    else out += '?';
  }
  return out;
}

export interface SamplePdf {
  /** A `data:application/pdf;base64,…` URL. */
  url: string;
  /** Size of the PDF in bytes. */
  size: number;
}

/** One page: a bold title, then one line per entry (an empty string leaves a gap). */
export function buildSamplePdf(title: string, lines: readonly string[]): SamplePdf {
  const ops = ['BT', '/F2 16 Tf', '56 760 Td', `(${pdfString(title)}) Tj`, '/F1 11 Tf', '0 -26 Td'];
  for (const line of lines) {
    ops.push(`(${pdfString(line)}) Tj`, '0 -15 Td');
  }
  ops.push('ET');
  const stream = ops.join('\n');
  const font = (name: string) => `<< /Type /Font /Subtype /Type1 /BaseFont /${name} /Encoding /WinAnsiEncoding >>`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>',
    font('Helvetica'),
    font('Helvetica-Bold'),
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
  ];
  let pdf = '%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(pdf.length);
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xrefAt = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) pdf += `${String(offset).padStart(10, '0')} 00000 n \n`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xrefAt}\n%%EOF\n`;
  return { url: `data:application/pdf;base64,${btoa(pdf)}`, size: pdf.length };
}
