import { describe, expect, it } from 'vitest';
import {
	CAUSES,
	getCause,
	requiredSectionIds,
	causePages,
	LOOK_ALIKES_PAGE,
} from '../../src/lib/causes';

describe('catalogue of causes', () => {
	it('gives every cause a unique, lowercase, URL-safe id', () => {
		const ids = CAUSES.map((c) => c.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
	});

	it('covers the causes the guide promises', () => {
		for (const id of [
			'wrong-entity',
			'wrong-project',
			'restricted-project',
			'view-only-role',
			'not-a-member',
			'personal-entity',
			'organization-entity',
			'entity-set-elsewhere',
			'stale-credentials',
			'wrong-host',
			'proxy-403',
			'storage-403',
			'auth-401',
			'not-found-404',
			'timeout',
		]) {
			expect(getCause(id), id).toBeDefined();
		}
		expect(getCause('no-such-cause')).toBeUndefined();
	});

	it('asks single-cause pages for the template sections and look-alikes for their own sub-sections', () => {
		expect(requiredSectionIds(getCause('wrong-entity')!)).toEqual([
			'what-you-see',
			'why-it-happens',
			'confirm',
			'fix',
		]);
		expect(requiredSectionIds(getCause('proxy-403')!)).toEqual([
			'proxy-403',
			'proxy-403-see',
			'proxy-403-why',
			'proxy-403-confirm',
			'proxy-403-fix',
		]);
	});

	it('lists each explaining page once, look-alikes sharing one page', () => {
		const pages = causePages();
		expect(new Set(pages).size).toBe(pages.length);
		expect(pages.filter((p) => p === LOOK_ALIKES_PAGE)).toHaveLength(1);
		expect(pages).toContain('causes/wrong-entity');
	});
});
