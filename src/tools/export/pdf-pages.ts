/** The number of pages in a PDF: its `/Type /Page` objects (not the `/Pages` tree nodes). */
export function countPdfPages(pdf: Uint8Array): number {
  const text = new TextDecoder('latin1').decode(pdf);
  return text.match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}
