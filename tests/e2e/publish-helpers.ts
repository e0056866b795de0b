/**
 * Helpers for the publishing tests: the absolute URLs in a text, placeholder hosts, QR codes decoded
 * (jsqr, a pure-JS decoder: the QR codes are checked by reading them as a phone would, not by
 * comparing their drawing with another drawing), PDFs printed and read.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import jsQR from 'jsqr';
import { isPlaceholderHost } from '../../src/lib/site/deploy-config';

/** Every http(s) URL in a text (HTML, CSV, JSON), entities decoded; XML namespaces left out. */
export function absoluteUrls(text: string): string[] {
  // (<wbr> marks where a long URL may break on screen; it is not part of the URL.)
  const urls = [...text.replace(/&amp;/g, '&').replace(/<wbr[^>]*>/g, '').matchAll(/https?:\/\/[^\s"'<>()\\]+/g)].map((m) => m[0].replace(/[.,;:，。]+$/, ''));
  return urls.filter((u) => !u.startsWith('http://www.w3.org/'));
}

/** Any mention of a placeholder host or address (example.*, *.invalid, *.test, *.example) in a text. */
export function placeholders(text: string): string[] {
  const hosts = [...text.matchAll(/(?:https?:\/\/|@)([a-z0-9.-]+\.[a-z]{2,})/gi)].map((m) => m[1]!.toLowerCase());
  return [...new Set(hosts.filter(isPlaceholderHost))];
}

/** Decodes a QR code from RGBA pixels. */
function decode(rgba: Uint8ClampedArray, width: number, height: number): string | null {
  return jsQR(rgba, width, height)?.data ?? null;
}

/** Decodes the QR code an <svg> draws (rasterised with resvg, as a screen would show it). */
export function decodeQrSvg(svg: string): string | null {
  const img = new Resvg(svg, { fitTo: { mode: 'width', value: 400 }, background: '#ffffff' }).render();
  return decode(new Uint8ClampedArray(img.pixels), img.width, img.height);
}

/** Decodes every QR code on each page of a PDF (rendered by pdftoppm at 150 dpi, as a phone would see the paper). */
export function decodeQrPdf(pdf: string): (string | null)[] {
  const dir = mkdtempSync(join(tmpdir(), 'zz-qr-'));
  execFileSync('pdftoppm', ['-r', '150', '-gray', pdf, join(dir, 'p')]);
  return readdirSync(dir).filter((f) => f.endsWith('.pgm')).sort().map((f) => {
    const buf = readFileSync(join(dir, f));
    const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(buf.subarray(0, 40).toString('latin1'))!;
    const [w, h] = [Number(header[1]), Number(header[2])];
    const gray = buf.subarray(header[0].length);
    const rgba = new Uint8ClampedArray(w * h * 4);
    for (let i = 0; i < w * h; i++) { rgba[i * 4] = rgba[i * 4 + 1] = rgba[i * 4 + 2] = gray[i]!; rgba[i * 4 + 3] = 255; }
    return decode(rgba, w, h);
  });
}

/** The size of a PNG, read from its header. */
export function pngSize(buf: Buffer): { width: number; height: number } {
  if (buf.subarray(1, 4).toString('latin1') !== 'PNG') throw new Error('not a PNG');
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}
