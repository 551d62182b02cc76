// Build step: finishes the Content-Security-Policy Astro wrote into each page (see
// src/integrations/csp-policy.ts for why) and gives static hosts the same policy in _headers.
import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { completePage, headerPolicy } from './csp-policy.ts';

const sha256 = (text: string) =>
	`sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;

async function htmlFiles(dir: string): Promise<string[]> {
	const entries = await readdir(dir, { withFileTypes: true, recursive: true });
	return entries
		.filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
		.map((entry) => join(entry.parentPath, entry.name));
}

/** The line of public/_headers that the build replaces with the policy. */
export const POLICY_PLACEHOLDER = 'Content-Security-Policy: (written by the build)';

export function cspCompletion(): AstroIntegration {
	return {
		name: 'w403:csp',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const hashes = new Set<string>();
				let pages = 0;
				for (const file of await htmlFiles(root)) {
					const done = completePage(await readFile(file, 'utf8'), sha256);
					if (!done) throw new Error(`${file} has no Content-Security-Policy: is security.csp on?`);
					done.scriptHashes.forEach((hash) => hashes.add(hash));
					await writeFile(file, done.html);
					pages++;
				}
				const headersFile = join(root, '_headers');
				const headers = await readFile(headersFile, 'utf8');
				if (!headers.includes(POLICY_PLACEHOLDER))
					throw new Error(`public/_headers lost its line "${POLICY_PLACEHOLDER}"`);
				await writeFile(
					headersFile,
					headers.replace(POLICY_PLACEHOLDER, `Content-Security-Policy: ${headerPolicy(hashes)}`)
				);
				logger.info(
					`policy completed on ${pages} pages, ${hashes.size} inline script hashes in _headers`
				);
			},
		},
	};
}
