// Records what a reader would never see but must not happen: CSP violations, script
// errors, console errors and requests to another origin.
import type { BrowserContext } from 'playwright-core';

export interface PageWatch {
	problems(): Promise<string[]>;
}

declare global {
	interface Window {
		__w403Violations?: string[];
	}
}

export async function watchContext(
	context: BrowserContext,
	siteOrigin: string
): Promise<PageWatch> {
	const seen: string[] = [];
	await context.addInitScript(() => {
		window.__w403Violations = [];
		document.addEventListener('securitypolicyviolation', (event) => {
			window.__w403Violations!.push(
				`CSP ${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber}`
			);
		});
	});
	context.on('request', (request) => {
		const url = new URL(request.url());
		if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== siteOrigin)
			seen.push(`request to ${request.url()}`);
	});
	context.on('page', (page) => {
		page.on('pageerror', (error) => seen.push(`script error: ${error.message}`));
		page.on('console', (message) => {
			if (message.type() === 'error') seen.push(`console error: ${message.text()}`);
		});
	});
	return {
		async problems() {
			const violations: string[] = [];
			for (const page of context.pages()) {
				violations.push(
					...(await page.evaluate(() => window.__w403Violations ?? []).catch(() => []))
				);
			}
			return [...seen, ...violations];
		},
	};
}
