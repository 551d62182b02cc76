// `cli -- links`: the registry of published links (links/published.json).
import { readFileSync } from 'node:fs';
import type { Context } from '../context.ts';

export function links({ values }: Context): number {
	const registryText = readFileSync(
		new URL('../../../links/published.json', import.meta.url),
		'utf8'
	);
	if (values.json) process.stdout.write(registryText);
	else {
		const registry = JSON.parse(registryText) as { links: string[]; moved: Record<string, string> };
		for (const link of registry.links) console.log(link);
		for (const [from, to] of Object.entries(registry.moved)) console.log(`${from} -> ${to}`);
	}
	return 0;
}
