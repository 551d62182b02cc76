// Lets plain Node read `import text from './file?raw'` as Vite does (the site and the tests run
// through Vite; the CLI does not). Used for the access check's Python, a real .py file.
import { readFileSync } from 'node:fs';
import { registerHooks } from 'node:module';

const RAW = '?raw';

export function registerRawImports(): void {
	registerHooks({
		resolve(specifier, context, next) {
			if (!specifier.endsWith(RAW)) return next(specifier, context);
			const resolved = next(specifier.slice(0, -RAW.length), context);
			return { ...resolved, url: resolved.url + RAW, shortCircuit: true };
		},
		load(url, context, next) {
			if (!url.endsWith(RAW)) return next(url, context);
			const text = readFileSync(new URL(url.slice(0, -RAW.length)), 'utf8');
			return {
				format: 'module',
				source: `export default ${JSON.stringify(text)};`,
				shortCircuit: true,
			};
		},
	});
}
