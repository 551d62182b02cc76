// Launches Debian's Chromium through playwright-core. Never downloads a browser: without
// one it fails and says how to install it. No vitest here: `npm run bench` uses it too.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_ARGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
];

export function chromiumPath(): string {
	const path = process.env.CHROME_PATH || '/usr/bin/chromium';
	if (!existsSync(path)) {
		throw new Error(
			`Chromium not found at ${path}. Install it (apt-get install -y chromium) or set CHROME_PATH. Browser tests do not download a browser.`
		);
	}
	return path;
}

export async function launchBrowser(): Promise<Browser> {
	return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
}
