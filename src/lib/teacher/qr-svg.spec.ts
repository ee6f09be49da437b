import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { encodeAssignment } from './assignment';
import { qrSvg } from './qr-svg';
import { assignmentOf, single } from './test-fixtures';

describe('qrSvg', () => {
	it('draws the QR code of a ten-question assignment link as SVG', async () => {
		const questions = Array.from({ length: 10 }, (_, i) => single(`${i}`.repeat(10)));
		const link = `https://recoupe.example/devoir/#${encodeAssignment(assignmentOf(questions))}`;
		const svg = await qrSvg(link);
		expect(svg).toMatch(/^<svg [^>]*viewBox="0 0 (\d+) \1"/u);
		expect(svg).toContain('<path');
		// The same link in a QR code small enough for a phone: version 15 or less (77 modules).
		expect(QRCode.create(link, { errorCorrectionLevel: 'M' }).version).toBeLessThanOrEqual(15);
	});
});
