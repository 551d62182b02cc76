// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { unified } from '@astrojs/markdown-remark';
import remarkHeadingIds from './src/plugins/remark-heading-ids.mjs';
import { CSP_DIRECTIVES } from './src/integrations/csp-policy.ts';
import { siteLocation } from './src/lib/site.ts';
import { DEFAULT_LOCALE, LOCALE_INFO, LOCALES } from './src/lib/locale.ts';
import { cspCompletion } from './src/integrations/csp.ts';

// SITE and BASE let the same build be hosted at another origin or under a sub-path.
const { site, base } = siteLocation(process.env);

export default defineConfig({
	site,
	base,
	trailingSlash: 'always',
	// Astro hashes the scripts it bundles; src/integrations/csp.ts completes the policy.
	// Astro then warns that Shiki's inline styles are not CSP-compatible: style-src allows
	// 'unsafe-inline' on purpose (src/integrations/csp-policy.ts), so that warning does not apply here.
	security: { csp: { algorithm: 'SHA-256', directives: [...CSP_DIRECTIVES] } },
	// Unified (remark) instead of the default Sätteri processor, for the heading-id plugin.
	markdown: { processor: unified({ remarkPlugins: [remarkHeadingIds] }) },
	integrations: [
		starlight({
			title: { en: 'W&B 403 guide', fr: 'Guide W&B 403' },
			description:
				'Fix the Weights & Biases “permission denied” (HTTP 403) error when wandb.init() creates a run.',
			defaultLocale: DEFAULT_LOCALE,
			locales: {
				...Object.fromEntries(
					LOCALES.map((lang) => [lang, { label: LOCALE_INFO[lang].label, lang }])
				),
			},
			// No request may leave the site: no edit links, no external fonts, no social links.
			customCss: ['./src/styles/header.css'],
			lastUpdated: false,
			// src/pages/404.astro is bilingual; Starlight's would point hreflang at pages that do not exist.
			disable404Route: true,
			pagination: true,
			// Long log lines wrap instead of scrolling: readable on a phone, and no scrollable
			// region that keyboard users cannot reach.
			expressiveCode: {
				// Wrapped lines start further in than the line they continue, so they do not read as new statements.
				defaultProps: { wrap: true, hangingIndent: 2 },
			},
			components: {
				Head: './src/components/Head.astro',
				PageTitle: './src/components/PageTitle.astro',
				Search: './src/components/Search.astro',
			},
			sidebar: [
				{
					label: 'Start here',
					translations: { fr: 'Par où commencer' },
					items: [
						{ slug: 'index' },
						{ slug: 'doctor' },
						{ slug: 'access-check' },
						{ slug: 'support' },
					],
				},
				{
					label: 'Causes',
					translations: { fr: 'Causes' },
					items: [{ autogenerate: { directory: 'causes' } }],
				},
				{
					label: 'Reference',
					translations: { fr: 'Référence' },
					items: [{ autogenerate: { directory: 'reference' } }],
				},
			],
		}),
		cspCompletion(),
	],
});
