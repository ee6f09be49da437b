import QRCode from 'qrcode';

/**
 * The QR code of an assignment link as an SVG string, to show on the teacher's screen or
 * project in class. Medium error correction (15 %) keeps a ~300-character link readable from a
 * phone across a classroom. In the browser build qrcode renders SVG whatever `type` says; on
 * Node (tests) `type: 'svg'` selects it.
 */
export function qrSvg(link: string): Promise<string> {
	return QRCode.toString(link, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
}
