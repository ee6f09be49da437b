// `npm run screenshots`: builds nothing; with `npm run preview` running, saves screenshots of every
// page in both languages, wide and at 360 px, to screenshots/ (ignored by git) for a human to look at.
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { chromium } from '@playwright/test';

const base = process.env.BASE_URL ?? 'http://localhost:4173';
const ids = readdirSync('questions/articles').map((f) => f.replace(/\.json$/u, ''));
const paths = ['/', ...ids.map((id) => `/articles/${id}`)];
const executablePath =
	process.env.CHROME_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const browser = await chromium.launch({
	executablePath,
	args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run']
});
mkdirSync('screenshots', { recursive: true });
for (const locale of ['fr-FR', 'en-GB']) {
	for (const width of [1280, 360]) {
		for (const scheme of ['light', 'dark']) {
			const page = await browser.newPage({
				locale,
				viewport: { width, height: 900 },
				colorScheme: scheme
			});
			for (const path of paths) {
				await page.goto(base + path);
				await page.waitForFunction((l) => document.documentElement.lang === l, locale.slice(0, 2));
				const name = `${path === '/' ? 'home' : path.split('/').pop()}-${locale.slice(0, 2)}-${width}-${scheme}.png`;
				await page.screenshot({ path: `screenshots/${name}`, fullPage: true });
			}
			await page.close();
		}
	}
}
await browser.close();
console.log(`saved ${paths.length * 8} screenshots to screenshots/`);
