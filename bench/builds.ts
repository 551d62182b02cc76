// Builds for the bench: our site, a bare Starlight site for comparison, and our site with
// every page copied ten times to show how build cost grows. Temporary projects live in
// bench/.tmp/ (inside the repository, so they resolve the same node_modules) and are
// removed afterwards.
import { spawnSync } from 'node:child_process';
import {
	cpSync,
	existsSync,
	mkdirSync,
	readdirSync,
	rmSync,
	writeFileSync,
	readFileSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';

export const TMP = 'bench/.tmp';

export interface BuildResult {
	seconds: number;
	pages: number;
	outDir: string;
}

function countHtml(dir: string): number {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter(
		(file) => file.endsWith('.html') && !file.startsWith('pagefind')
	).length;
}

export function build(root: string, out = join(root, 'dist')): BuildResult {
	// Absolute: astro reads a relative --outDir from --root.
	const outDir = resolve(out);
	const start = performance.now();
	const run = spawnSync('astro', ['build', '--root', resolve(root), '--outDir', outDir], {
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
		encoding: 'utf8',
	});
	const seconds = (performance.now() - start) / 1000;
	if (run.status !== 0)
		throw new Error(`astro build --root ${root} failed:\n${run.stdout}\n${run.stderr}`);
	return { seconds, pages: countHtml(outDir), outDir };
}

const BARE_PAGE = `---
title: Bare Starlight page
description: A plain Starlight page with prose and one code block, for comparison.
---

A page with what a documentation page usually has: a few sections of prose and a code block.

## Install

Install the package and check its version before anything else.

\`\`\`bash
python -c "import wandb; print(wandb.__version__)"
\`\`\`

## Configure

Set the values once in the environment, then run the script again. Each step is short and each
section links to the next one.

## Next steps

Read the reference for every option, and come back here when something changes.
`;

/** A Starlight project with one page and nothing else: the baseline. */
export function makeBareStarlight(): string {
	const root = join(TMP, 'bare-starlight');
	rmSync(root, { recursive: true, force: true });
	mkdirSync(join(root, 'src/content/docs'), { recursive: true });
	writeFileSync(
		join(root, 'astro.config.mjs'),
		`import { defineConfig } from 'astro/config';\nimport starlight from '@astrojs/starlight';\nexport default defineConfig({ integrations: [starlight({ title: 'Bare' })] });\n`
	);
	writeFileSync(
		join(root, 'src/content.config.ts'),
		`import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\nimport { docsSchema } from '@astrojs/starlight/schema';\nexport const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n`
	);
	writeFileSync(join(root, 'src/content/docs/index.md'), BARE_PAGE);
	// Starlight links /favicon.svg and expects the project to provide it: the same icon as ours.
	mkdirSync(join(root, 'public'));
	cpSync('public/favicon.svg', join(root, 'public/favicon.svg'));
	return root;
}

/** A copy of this project where every MDX page has nine more copies beside it. */
export function makeTenfold(): string {
	const root = join(TMP, 'tenfold');
	rmSync(root, { recursive: true, force: true });
	mkdirSync(root, { recursive: true });
	for (const entry of ['astro.config.mjs', 'tsconfig.json', 'src', 'public']) {
		if (existsSync(entry)) cpSync(entry, join(root, entry), { recursive: true });
	}
	const docs = join(root, 'src/content/docs');
	for (const file of readdirSync(docs, { recursive: true, encoding: 'utf8' }).filter((name) =>
		name.endsWith('.mdx')
	)) {
		const source = readFileSync(join(docs, file), 'utf8');
		// Copies sit beside the original, so relative imports of components still resolve.
		for (let copy = 1; copy < 10; copy++)
			writeFileSync(join(docs, file.replace(/\.mdx$/, `-copy${copy}.mdx`)), source);
	}
	return root;
}

export function cleanUp(): void {
	rmSync(TMP, { recursive: true, force: true });
}

/**
 * The "bare twin" of this site for side-by-side audits: a plain Starlight project with the
 * same locales, sidebar and code-block settings, holding every page's MDX with this
 * project's own components (their imports and their tags) removed and nothing else changed:
 * the same prose, headings, tables and code blocks, Starlight's own components included.
 * No Head, PageTitle or Search overrides, no CSP, no build steps. Built to `<root>/dist`.
 */
export function makeBareTwin(): string {
	const root = join(TMP, 'bare-twin');
	rmSync(root, { recursive: true, force: true });
	mkdirSync(join(root, 'src'), { recursive: true });
	writeFileSync(
		join(root, 'astro.config.mjs'),
		`import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
export default defineConfig({
  trailingSlash: 'always',
  integrations: [starlight({
    title: { en: 'W&B 403 guide', fr: 'Guide W&B 403' },
    defaultLocale: 'en',
    locales: { en: { label: 'English', lang: 'en' }, fr: { label: 'Français', lang: 'fr' } },
    lastUpdated: false,
    expressiveCode: { defaultProps: { wrap: true, hangingIndent: 2 } },
    sidebar: [
      { label: 'Start here', translations: { fr: 'Par où commencer' }, items: [{ slug: 'index' }, { slug: 'doctor' }, { slug: 'access-check' }, { slug: 'support' }] },
      { label: 'Causes', items: [{ autogenerate: { directory: 'causes' } }] },
      { label: 'Reference', translations: { fr: 'Référence' }, items: [{ autogenerate: { directory: 'reference' } }] },
    ],
  })],
});
`
	);
	writeFileSync(
		join(root, 'src/content.config.ts'),
		`import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\nimport { docsSchema } from '@astrojs/starlight/schema';\nexport const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n`
	);
	const from = 'src/content/docs';
	for (const file of readdirSync(from, { recursive: true, encoding: 'utf8' }).filter((name) =>
		name.endsWith('.mdx')
	)) {
		const target = join(root, from, file);
		mkdirSync(join(target, '..'), { recursive: true });
		writeFileSync(target, withoutOwnComponents(readFileSync(join(from, file), 'utf8')));
	}
	mkdirSync(join(root, 'public'));
	cpSync('public/favicon.svg', join(root, 'public/favicon.svg'));
	return root;
}

/**
 * An MDX page without the components this project imports by relative path: their import
 * lines and their tags (self-closing or with children) go; Starlight's components stay.
 */
export function withoutOwnComponents(mdx: string): string {
	const own = [...mdx.matchAll(/^import\s+(\w+)\s+from\s+'\.[^']*';\n/gm)];
	let out = mdx;
	for (const [line, name] of own) {
		out = out.replace(line, '');
		out = out.replace(new RegExp(`<${name}\\b[^>]*?/>\\n?`, 'gs'), '');
		out = out.replace(new RegExp(`<${name}\\b[^>]*>.*?</${name}>\\n?`, 'gs'), '');
	}
	return out;
}
