import { describe, expect, it } from 'vitest';
import { fences, mdxPages } from '../support/mdx';
import { messageOf, sdkLinesContaining, sdkLinesFor } from '../../src/lib/sdk-output';

// A ```text block holds what the SDK or the server prints, and nothing else (file contents and
// source code go in ```txt): each of its lines must be a line of src/lib/sdk-output.ts.
const quoted = mdxPages().flatMap((page) =>
	fences(page.body)
		.filter((fence) => fence.lang === 'text')
		.flatMap((fence) =>
			fence.code
				.split('\n')
				.map((line, i) => ({ where: `${page.file}:${fence.line + 1 + i}`, line }))
		)
);
const PLACEHOLDERS = /<[a-z][\w .-]*>|\{json\}|ENTITY\/PROJECT\/RUN_ID|\.\.\.|…/g;

describe('what the pages quote the SDK as printing', () => {
	const lines = quoted.filter(({ line }) => line.trim() !== '' && line.trim() !== '...');

	it('has quotes to check in both languages', () => {
		expect(lines.filter((l) => l.where.includes('/en/')).length).toBeGreaterThan(40);
		expect(lines.filter((l) => l.where.includes('/fr/')).length).toBeGreaterThan(40);
	});

	it('quotes only lines the SDK prints, character for character (src/lib/sdk-output.ts)', () => {
		const unknown = lines
			.filter(({ line }) => sdkLinesFor(line).length === 0)
			.map(({ where, line }) => `${where}: ${line}`);
		expect(unknown).toEqual([]);
	});

	it('quotes whole lines, not a placeholder standing for everything', () => {
		const thin = lines
			.filter(({ line }) => messageOf(line).replace(PLACEHOLDERS, '').replace(/\W/g, '').length < 8)
			.map(({ where, line }) => `${where}: ${line}`);
		expect(thin).toEqual([]);
	});

	// Inline code that quotes part of a line the SDK prints: the part must be in one of its lines.
	const MARKERS =
		/Loaded credentials|Currently logged in as|returned error \d|upsert bucket|Error uploading run|when running|Error while calling W&B API|It appears that|API key verification|Failed to verify credentials|user is not logged in|not found during upsertBucket|API key is configured/;
	const inline = mdxPages().flatMap((page) => {
		const prose = page.body.replace(/^(\s*)(`{3,}|~{3,})[\s\S]*?^\1\2\s*$/gm, '');
		return [...prose.matchAll(/(?<!`)`([^`\n]+)`(?!`)/g)]
			.map((m) => ({ where: page.file, code: m[1] }))
			.filter(({ code }) => MARKERS.test(code));
	});

	it('quotes in running text only parts of lines the SDK prints', () => {
		expect(inline.length).toBeGreaterThan(20);
		const unknown = inline
			.filter(({ code }) => sdkLinesContaining(code).length === 0)
			.map(({ where, code }) => `${where}: ${code}`);
		expect(unknown).toEqual([]);
	});
});
