// The page a mistyped address probably meant, for the 404 page: `/go/wrong-entiy/` →
// `go/wrong-entity/`. Edit distance comes from fastest-levenshtein.
import { distance } from 'fastest-levenshtein';

/**
 * The known path nearest to `path` by edit distance, when it is near enough to be a typo:
 * at most 3 edits, and fewer than a quarter of the known path's length (so `/x/` matches
 * nothing). Paths are compared without leading slashes, case-insensitively, with a
 * trailing slash added.
 *
 * @param path the path that was not found, relative to the site's base (`go/wrong-entiy`)
 * @param known the site's paths, relative to the base, each ending in `/` (`en/causes/wrong-entity/`)
 * @returns the nearest known path as given in `known`, or undefined when none is near enough
 */
export function nearestPath(path: string, known: readonly string[]): string | undefined {
	const given = path.replace(/^\/+/, '').replace(/\/*$/, '/');
	const wanted = given.toLowerCase();
	let best: { path: string; edits: number } | undefined;
	for (const candidate of known) {
		const edits = distance(wanted, candidate.toLowerCase());
		if (!best || edits < best.edits) best = { path: candidate, edits };
	}
	// The same path as given is the page itself, not a typo (a case-only difference is one).
	if (!best || best.path === given || best.edits > 3 || best.edits * 4 >= best.path.length)
		return undefined;
	return best.path;
}
