import { encode } from 'uqr';

/** One dark square of a QR code, in module units. */
export interface QrModule {
  x: number;
  y: number;
}

/** A QR code as the squares to draw: its side (quiet zone included) and its dark modules. */
export interface QrDrawing {
  size: number;
  modules: QrModule[];
}

/**
 * The dark modules of a QR code for a text (medium error correction, a quiet zone of two), for a
 * component to draw as SVG rectangles: nothing inline to style, so the page's policy holds.
 */
export function qrModules(text: string): QrDrawing {
  const qr = encode(text, { ecc: 'M', border: 2 });
  const modules = qr.data.flatMap((row, y) => row.flatMap((dark, x) => (dark ? [{ x, y }] : [])));
  return { size: qr.size, modules };
}
