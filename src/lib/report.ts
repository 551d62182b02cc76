// A diagnosis as text, in the reader's language: the CLI's report and the summary a
// reader copies into a support ticket. Evidence is already redacted by the doctor.
import { causeAnchor, getCause } from './causes.ts';
import type { Diagnosis } from './doctor.ts';
import { buildLink, pageUsesValues } from './links.ts';
import { normalizeHost } from './names.ts';
import type { Locale } from './locale.ts';
import { format, type Dictionary } from './messages.ts';

export const FACT_KEYS = [
	'status',
	'username',
	'loginEntity',
	'host',
	'entity',
	'project',
	'operation',
	'code',
	'sdkVersion',
] as const;

/** The guide section for a cause, with the entity, project and server the log showed filled into the tools. */
export function causeLink(
	diagnosis: Diagnosis,
	causeId: string,
	base: string,
	locale: Locale
): string | undefined {
	const cause = getCause(causeId);
	if (!cause) return undefined;
	// Values only go to pages that read them.
	const values: Record<string, string> = {};
	if (pageUsesValues(cause.page) && diagnosis.entity) values.entity = diagnosis.entity;
	if (pageUsesValues(cause.page) && diagnosis.project) values.project = diagnosis.project;
	const host = normalizeHost(diagnosis.host ?? '');
	// W&B's public cloud is what the tools assume: only another server is worth carrying.
	if (pageUsesValues(cause.page) && host) values.host = host;
	const link = buildLink({ base, locale, page: cause.page, section: causeAnchor(cause), values });
	// A value that looks like a key is left out rather than losing the link.
	return link.ok
		? link.url
		: (
				buildLink({ base, locale, page: cause.page, section: causeAnchor(cause) }) as {
					url: string;
				}
			).url;
}

/**
 * The key of the sentence that sums up a diagnosis: its category's, or for a 5xx the one its
 * status calls for (a full server is not fixed by waiting; a gateway's 502/503/504 usually is).
 */
export function summaryKey(diagnosis: Diagnosis): string {
	const status = diagnosis.status;
	if (diagnosis.category === 'server' && status === 507)
		return 'doctor.category.server.storage-full';
	if (diagnosis.category === 'server' && (status === 502 || status === 503 || status === 504))
		return 'doctor.category.server.gateway';
	return `doctor.category.${diagnosis.category}`;
}

/** The summary sentence in the dictionary's language, with the status filled in where it says one. */
export function summaryText(diagnosis: Diagnosis, dict: Dictionary): string {
	return format(dict[summaryKey(diagnosis)], { status: diagnosis.status ?? '' });
}

export function formatReport(
	diagnosis: Diagnosis,
	dict: Dictionary,
	base: string,
	locale: Locale
): string {
	const colon = dict['punct.colon'];
	const lines = [dict['doctor.summaryTitle'], '', summaryText(diagnosis, dict), ''];
	if (diagnosis.shown.length)
		lines.push(
			dict['doctor.shown'] + colon.trimEnd(),
			...diagnosis.shown.map((line) => `> ${line}`),
			''
		);
	lines.push(dict['doctor.facts'] + colon.trimEnd());
	for (const key of FACT_KEYS) {
		const value = diagnosis[key];
		lines.push(
			`- ${dict[`doctor.fact.${key}`]}${colon}${value === null ? `(${dict['doctor.notShown']})` : String(value)}`
		);
	}
	const pointed = diagnosis.causes.filter((cause) => cause.pointed);
	const suspects = diagnosis.causes.filter((cause) => !cause.pointed);
	if (pointed.length) {
		lines.push('', dict['doctor.causes'] + colon.trimEnd());
		pointed.forEach((cause, i) => {
			lines.push(
				`${i + 1}. ${dict[`cause.${cause.id}`]} — ${causeLink(diagnosis, cause.id, base, locale)}`
			);
			for (const line of cause.evidence) lines.push(`   > ${line}`);
		});
	}
	// The suspects any 403 fits: named, with no line of the log claimed for them.
	if (suspects.length) {
		lines.push('', dict['doctor.suspects'] + colon.trimEnd());
		for (const cause of suspects)
			lines.push(
				`- ${dict[`cause.${cause.id}`]} — ${causeLink(diagnosis, cause.id, base, locale)}`
			);
	}
	return lines.join('\n');
}
