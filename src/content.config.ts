import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import en from './content/i18n/en.json';

/** Our UI strings, typed from en.json: a key used in a component and missing there fails `astro check`. */
const uiStrings = z.object(
	Object.fromEntries(Object.keys(en).map((key) => [key, z.string()])) as Record<
		keyof typeof en,
		z.ZodString
	>
);

export const collections = {
	docs: defineCollection({
		loader: docsLoader(),
		schema: docsSchema({
			extend: z.object({
				// Cause ids (from src/lib/causes.ts) that this page explains.
				cause: z.array(z.string()).optional(),
				// SDK versions the page was checked against, and the date of the last review.
				sdkVersions: z.string().optional(),
				reviewed: z.coerce.date().optional(),
			}),
		}),
	}),
	i18n: defineCollection({
		loader: i18nLoader(),
		schema: i18nSchema({ extend: uiStrings.partial() }),
	}),
};
