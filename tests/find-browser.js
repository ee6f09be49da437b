// Fails early, with the way out, when no browser is there for the end-to-end tests.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** @type {string[]} */
const candidates = [process.env.CHROME_PATH ?? '', '/usr/bin/chromium'].filter((p) => p !== '');
let own = '';
try {
	own = chromium.executablePath();
} catch {
	own = '';
}
const found = candidates.find((p) => existsSync(p)) ?? (own && existsSync(own) ? own : null);
if (!found) {
	console.error(`No browser found for the end-to-end tests. Do one of these, then run the tests again:
  - Debian/Ubuntu: sudo apt-get update && sudo apt-get install -y chromium   (installs /usr/bin/chromium)
  - any system with a normal network: npx playwright install chromium
  - or point CHROME_PATH at a Chrome or Chromium binary: CHROME_PATH=/path/to/chrome npm test`);
	process.exit(1);
}
console.log(`end-to-end tests will use ${found}`);
