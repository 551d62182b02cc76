// Where the site is published: SITE (origin) and BASE (sub-path) at build time, read the
// same way by astro.config.mjs, the CLI and the tests, so that links agree everywhere.
import { withTrailingSlash } from './urls.ts';

/** Placeholder origin for builds that do not say where they will be hosted. */
export const DEFAULT_SITE = 'https://wandb-403.example.org';

export interface SiteLocation {
	/** Origin, e.g. `https://docs.example.com`. */
	site: string;
	/** Sub-path with leading and trailing slash, e.g. `/` or `/wandb-403/`. */
	base: string;
}

export function siteLocation(env: Readonly<Record<string, string | undefined>>): SiteLocation {
	const site = env.SITE?.trim() || DEFAULT_SITE;
	const segments = (env.BASE ?? '/').split('/').filter(Boolean);
	return { site: new URL(site).origin, base: segments.length ? `/${segments.join('/')}/` : '/' };
}

/** The URL of the site's root: `https://docs.example.com/wandb-403/`. */
export function siteRoot(location: SiteLocation): string {
	return new URL(location.base, location.site).href;
}

/**
 * The base path as the built pages use it: always one trailing slash (`/`, `/wandb-403/`), from
 * Astro's `import.meta.env.BASE_URL`, which keeps or drops the slash depending on the config.
 */
export function basePath(baseUrl: string): string {
	return withTrailingSlash(baseUrl);
}
