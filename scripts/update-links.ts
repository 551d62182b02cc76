// `npm run links:update`: builds the site and adds its new public links to the registry.
// It never removes one: a link that was published stays, and must resolve or be moved.
import { existsSync, writeFileSync } from 'node:fs';
import {
	inventory,
	readRegistry,
	REGISTRY,
	resolves,
	type Registry,
} from '../tools/link-inventory.ts';

if (!existsSync('dist/index.html')) {
	console.error('dist/ is missing: run `npm run build` first (npm run links:update does).');
	process.exit(1);
}
const current = inventory();
const registry: Registry = existsSync(REGISTRY) ? readRegistry() : { links: [], moved: {} };
const known = new Set(registry.links);
const added = [...current].filter((link) => !known.has(link));
const next: Registry = { links: [...known, ...added].sort(), moved: registry.moved };
writeFileSync(REGISTRY, JSON.stringify(next, null, 2) + '\n');
const broken = next.links.filter((link) => !resolves(link, current, next.moved));
console.log(`${added.length} link(s) added, ${next.links.length} registered.`);
if (broken.length) {
	console.error(
		`These published links no longer resolve; map each to its new place in "moved" of ${REGISTRY}:`
	);
	for (const link of broken) console.error(`  ${link}`);
	process.exit(1);
}
