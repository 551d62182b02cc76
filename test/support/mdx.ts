// Reads the MDX sources: front matter, headings and fenced code, for checks that are
// clearer on the source than on the HTML.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export const DOCS = 'src/content/docs';

function walk(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? walk(path) : [path];
	});
}

export interface MdxPage {
	file: string;
	locale: string;
	slug: string;
	frontmatter: Record<string, string>;
	body: string;
}

export function mdxPages(): MdxPage[] {
	return walk(DOCS)
		.filter((file) => /\.mdx?$/.test(file))
		.map((file) => {
			const [locale, ...rest] = relative(DOCS, file).replace(/\\/g, '/').split('/');
			const slug = rest.join('/').replace(/\.mdx?$/, '');
			const source = readFileSync(file, 'utf8');
			const match = /^---\n([\s\S]*?)\n---\n/.exec(source);
			const frontmatter: Record<string, string> = {};
			for (const line of (match?.[1] ?? '').split('\n')) {
				const kv = /^([A-Za-z]\w*):\s*(.*)$/.exec(line);
				if (kv) frontmatter[kv[1]] = kv[2].trim();
			}
			return {
				file,
				locale,
				slug,
				frontmatter,
				body: match ? source.slice(match[0].length) : source,
			};
		});
}

/** `[a, b]` → ['a', 'b'] (the only list form our front matter uses). */
export function parseInlineList(value: string | undefined): string[] {
	if (!value) return [];
	const match = /^\[(.*)\]$/.exec(value);
	if (!match) throw new Error(`expected an inline list like [a, b], got ${value}`);
	return match[1]
		.split(',')
		.map((item) => item.trim().replace(/^['"]|['"]$/g, ''))
		.filter(Boolean);
}

export interface Fence {
	lang: string;
	code: string;
	line: number;
}

/** Fenced code blocks (``` or ~~~), with their language and first line number. */
export function fences(body: string): Fence[] {
	const out: Fence[] = [];
	const lines = body.split('\n');
	for (let i = 0; i < lines.length; i++) {
		const open = /^(\s*)(`{3,}|~{3,})\s*([\w+-]*)/.exec(lines[i]);
		if (!open) continue;
		const [, indent, marker, lang] = open;
		const code: string[] = [];
		let j = i + 1;
		while (
			j < lines.length &&
			!new RegExp(`^\\s*${marker[0]}{${marker.length},}\\s*$`).test(lines[j])
		) {
			code.push(lines[j].startsWith(indent) ? lines[j].slice(indent.length) : lines[j]);
			j++;
		}
		out.push({ lang: lang.toLowerCase(), code: code.join('\n'), line: i + 1 });
		i = j;
	}
	return out;
}

/** Markdown headings outside code fences. */
export function sourceHeadings(body: string): { level: number; raw: string; line: number }[] {
	const out: { level: number; raw: string; line: number }[] = [];
	let inFence: string | null = null;
	body.split('\n').forEach((line, index) => {
		const fence = /^\s*(`{3,}|~{3,})/.exec(line);
		if (fence) {
			if (!inFence) inFence = fence[1][0];
			else if (fence[1][0] === inFence) inFence = null;
			return;
		}
		if (inFence) return;
		const heading = /^(#{1,6})\s+(.*)$/.exec(line);
		if (heading) out.push({ level: heading[1].length, raw: heading[2], line: index + 1 });
	});
	return out;
}
