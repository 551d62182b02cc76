// The one catalogue of causes. Every feature (pages, doctor, tools, short links) talks
// about causes through these ids. Ids are permanent: they appear in links pasted into
// tickets, so never rename one; add a new id and map the old one where it moved.

export type CauseKind =
	/** The server refused a run the account may not create: a real team/project permission problem. */
	| 'permission'
	/** The run went somewhere other than the reader meant: names, settings, host. */
	| 'target'
	/** The request was made with the wrong identity. */
	| 'credentials'
	/** Looks like the 403 but is something else (status, body or layer differ). */
	| 'look-alike';

export interface Cause {
	readonly id: string;
	readonly kind: CauseKind;
	/** Page slug under each locale, e.g. `causes/wrong-entity`. */
	readonly page: string;
	/** Heading id on that page that opens the explanation; undefined = top of the page. */
	readonly section?: string;
}

/** Section ids every single-cause page carries, in this order. */
export const CAUSE_TEMPLATE_SECTIONS = [
	'what-you-see',
	'why-it-happens',
	'confirm',
	'fix',
] as const;

/** Sub-section suffixes of each look-alike on the look-alikes page (`proxy-403-see`, …). */
export const LOOK_ALIKE_SUBSECTIONS = ['see', 'why', 'confirm', 'fix'] as const;

export const LOOK_ALIKES_PAGE = 'causes/look-alikes';

export const CAUSES: readonly Cause[] = [
	{ id: 'wrong-entity', kind: 'target', page: 'causes/wrong-entity' },
	{ id: 'wrong-project', kind: 'target', page: 'causes/wrong-project' },
	{ id: 'restricted-project', kind: 'permission', page: 'causes/restricted-project' },
	{ id: 'view-only-role', kind: 'permission', page: 'causes/view-only-role' },
	{ id: 'not-a-member', kind: 'permission', page: 'causes/not-a-member' },
	{ id: 'personal-entity', kind: 'target', page: 'causes/personal-entity' },
	{ id: 'organization-entity', kind: 'target', page: 'causes/organization-entity' },
	{ id: 'entity-set-elsewhere', kind: 'target', page: 'causes/entity-set-elsewhere' },
	{ id: 'stale-credentials', kind: 'credentials', page: 'causes/stale-credentials' },
	{ id: 'wrong-host', kind: 'target', page: 'causes/wrong-host' },
	{ id: 'proxy-403', kind: 'look-alike', page: LOOK_ALIKES_PAGE, section: 'proxy-403' },
	{ id: 'storage-403', kind: 'look-alike', page: LOOK_ALIKES_PAGE, section: 'storage-403' },
	{ id: 'auth-401', kind: 'look-alike', page: LOOK_ALIKES_PAGE, section: 'auth-401' },
	{ id: 'not-found-404', kind: 'look-alike', page: LOOK_ALIKES_PAGE, section: 'not-found-404' },
	{ id: 'timeout', kind: 'look-alike', page: LOOK_ALIKES_PAGE, section: 'timeout' },
];

const BY_ID = new Map(CAUSES.map((cause) => [cause.id, cause]));

export function getCause(id: string): Cause | undefined {
	return BY_ID.get(id);
}

/** The heading ids a page must carry for the causes it explains. */
export function requiredSectionIds(cause: Cause): string[] {
	if (cause.section) {
		return [cause.section, ...LOOK_ALIKE_SUBSECTIONS.map((suffix) => `${cause.section}-${suffix}`)];
	}
	return [...CAUSE_TEMPLATE_SECTIONS];
}

/** Every page slug that explains at least one cause, in catalogue order, without repeats. */
export function causePages(): string[] {
	return [...new Set(CAUSES.map((cause) => cause.page))];
}

/** The section a diagnosis links to: where the reader confirms the cause. */
export function causeAnchor(cause: Cause): string {
	return cause.section ?? 'confirm';
}
