import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';

/**
 * The browser the end-to-end tests drive: `CHROME_PATH` if set, else Debian's Chromium if
 * installed (`apt-get install chromium`), else Playwright's own (`npx playwright install chromium`).
 * `tests/find-browser.js` explains what to do when there is none.
 */
function chromeExecutable(): string | undefined {
	if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
	return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

// Not 4173, so the tests run while `npm start` serves the app; PW_PORT picks another (two trees).
const port = Number(process.env.PW_PORT ?? 4183);

export default defineConfig({
	testDir: 'tests',
	fullyParallel: true,
	workers: process.env.CI ? 2 : undefined,
	forbidOnly: !!process.env.CI,
	reporter: [['list']],
	webServer: {
		command: `npx vite preview --port ${port} --strictPort`,
		port,
		reuseExistingServer: !process.env.CI,
		stdout: 'ignore'
	},
	use: {
		baseURL: `http://localhost:${port}`,
		...devices['Desktop Chrome'],
		// A French browser unless a test says otherwise: the app follows the browser's language.
		locale: 'fr-FR',
		launchOptions: {
			executablePath: chromeExecutable(),
			// Without these, Chromium keeps calling Google's services, which this network refuses.
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-quic',
				'--no-first-run',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync'
			]
		}
	}
});
