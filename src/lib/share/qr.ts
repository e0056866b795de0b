/** QR codes as inline SVG, built at build time. */
import QRCode from 'qrcode';

/** margin: the 4-module quiet zone the QR standard asks for (scanners in chat apps fail without it on a busy page). */
export const QR_OPTIONS = { type: 'svg', margin: 4, errorCorrectionLevel: 'M', color: { dark: '#000000', light: '#ffffff' } } as const;

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The QR code of `text` as an <svg class="qr" role="img"> with `label` as its accessible name. */
export async function qrSvg(text: string, label: string): Promise<string> {
  const svg = await QRCode.toString(text, QR_OPTIONS);
  return svg.replace('<svg ', `<svg role="img" aria-label="${escapeAttr(label)}" class="qr" `);
}
