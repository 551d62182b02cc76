// The log corpus (test/fixtures/logs): each `<name>.log` with the `<name>.json` a person wrote
// by reading it. Read by the doctor's tests and by `npm run bench` (accuracy over the corpus).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnosis } from '../../src/lib/doctor.ts';

export const CORPUS_DIR = join(import.meta.dirname, '../fixtures/logs');

/** The fields a fixture states, compared one by one with the diagnosis. */
export const CORPUS_FIELDS = [
	'category',
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

export interface Expected extends Pick<Diagnosis, (typeof CORPUS_FIELDS)[number]> {
	/** Where a real log was pasted (a public issue thread); absent for written and SDK-run logs. */
	source?: string;
	scenario?: string;
	topCause: string | null;
	alsoCauses: string[];
}

export interface CorpusCase {
	name: string;
	/** `real` (pasted in a public thread), `sdk` (printed by the real SDK here), `written` (made up for a trap). */
	origin: 'real' | 'sdk' | 'written';
	log: string;
	expected: Expected;
}

export function readCorpus(dir = CORPUS_DIR): CorpusCase[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir)
		.filter((file) => file.endsWith('.log'))
		.sort()
		.map((file) => {
			const name = file.replace(/\.log$/, '');
			const expected = JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8')) as Expected;
			const origin = expected.source ? 'real' : name.startsWith('sdk-') ? 'sdk' : 'written';
			return { name, origin, log: readFileSync(join(dir, file), 'utf8'), expected };
		});
}

/** Where a diagnosis differs from what the fixture expects: `[]` when it gets everything right. */
export function corpusMismatches(diagnosis: Diagnosis, expected: Expected): string[] {
	const wrong: string[] = [];
	for (const field of CORPUS_FIELDS)
		if (diagnosis[field] !== expected[field])
			wrong.push(
				`${field}: ${JSON.stringify(diagnosis[field])} ≠ ${JSON.stringify(expected[field])}`
			);
	const top = diagnosis.causes[0]?.id ?? null;
	if (top !== expected.topCause) wrong.push(`top cause: ${top} ≠ ${expected.topCause}`);
	const ids = diagnosis.causes.map((cause) => cause.id);
	for (const id of expected.alsoCauses) if (!ids.includes(id)) wrong.push(`missing cause ${id}`);
	return wrong;
}
