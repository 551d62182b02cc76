import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { diagnose } from '../../src/lib/doctor';
import { NEWEST_SDK_CHECKED, printedAs, SDK_LINES, sdkLinesFor } from '../../src/lib/sdk-output';

const FIXTURES = join(import.meta.dirname, '../fixtures');
const transcript = (seen: string) => join(FIXTURES, seen);
const fromTranscript = SDK_LINES.filter((line) => /^(logs|sdk)\//.test(line.seen));

// Values a real log would carry in place of each placeholder.
const SAMPLE: Record<string, string> = {
	host: 'https://api.wandb.ai',
	username: 'alice',
	team: 'acme-ml',
	entity: 'acme-ml',
	project: 'vision',
	run: 'ab12cd34',
	source: 'WANDB_API_KEY',
	reason: 'user is not logged in',
	cause:
		'POST https://api.wandb.ai/graphql giving up after 1 attempt(s): context deadline exceeded',
	seconds: '90.0',
	body: '{}',
};
const filled = (text: string) =>
	text.replace(/<([a-z][\w .-]*)>/g, (_, name: string) => SAMPLE[name] ?? 'x');

describe('the catalogue of what the SDK prints', () => {
	it(`says where every line still printed by ${NEWEST_SDK_CHECKED} was seen: a transcript of the real SDK`, () => {
		const current = SDK_LINES.filter((line) => line.last === undefined);
		expect(current.length).toBeGreaterThan(20);
		expect(
			current.filter((line) => !fromTranscript.includes(line)).map((line) => line.text)
		).toEqual([]);
	});

	it.each(fromTranscript.map((line) => [line.text, line] as const))(
		'finds %s in the transcript it cites',
		(_, line) => {
			expect(existsSync(transcript(line.seen)), line.seen).toBe(true);
			const printed = readFileSync(transcript(line.seen), 'utf8').split(/\r?\n/);
			expect(printed.some((p) => printedAs(line, p))).toBe(true);
		}
	);

	it.each(SDK_LINES.filter((line) => line.doctor).map((line) => [line.text, line] as const))(
		'the doctor reads %s as the catalogue says',
		(_, line) => {
			const d = diagnose(`wandb: ERROR ${filled(line.text)}`);
			expect({ category: d.category, status: d.status }).toEqual(line.doctor);
		}
	);
});

describe('checking a quoted line against the catalogue', () => {
	it('accepts a line as the terminal prints it, with example values or placeholders', () => {
		expect(sdkLinesFor('wandb: ERROR permission denied')).toHaveLength(1);
		expect(
			sdkLinesFor(
				'wandb: [wandb.login()] Loaded credentials for https://api.wandb.ai from WANDB_API_KEY.'
			)
		).toHaveLength(1);
		expect(
			sdkLinesFor(
				'wandb: Currently logged in as: alice (alice-uni) to https://api.wandb.ai. Use `wandb login --relogin` to force relogin'
			)
		).toHaveLength(1);
		expect(sdkLinesFor('Permission denied to access ENTITY/PROJECT/RUN_ID')).toHaveLength(1);
		expect(
			sdkLinesFor('wandb: ERROR Error uploading run: returned error 403: {json}').length
		).toBeGreaterThan(0);
	});

	it('accepts a shortened line only when what it keeps is exact', () => {
		expect(
			sdkLinesFor('Run initialization has timed out after 90.0 sec. Please try...')
		).toHaveLength(1);
		expect(sdkLinesFor('Run initialisation has timed out after 90.0 sec...')).toEqual([]);
	});

	it('rejects the wordings the guide used to quote wrongly', () => {
		// The bracket names wandb.login(), not wandb.init() (wandb-facts §0.2).
		expect(
			sdkLinesFor(
				'wandb: [wandb.init()] Loaded credentials for https://api.wandb.ai from WANDB_API_KEY.'
			)
		).toEqual([]);
		// 0.20.0 – 0.26.0 print `data` before `errors` (wandb-facts §0.4).
		expect(
			sdkLinesFor(
				'wandb: ERROR Error uploading run: returned error 403: {"errors":[{"message":"permission denied","path":["upsertBucket"],"extensions":{"code":"PERMISSION_ERROR"}}],"data":{"upsertBucket":null}}'
			)
		).toEqual([]);
		// A fragment is not a line.
		expect(sdkLinesFor('Loaded credentials for <host> from <source>.')).toEqual([]);
	});
});
