import { describe, expect, it } from 'vitest';
import { looksLikeLogText } from '../../src/lib/log-text';
import { SDK_LINES } from '../../src/lib/sdk-output';

describe('looksLikeLogText', () => {
	it('takes every error line the guide quotes as log text', () => {
		const errors = SDK_LINES.filter((line) => /ERROR|Error|error \d{3}/.test(line.text));
		expect(errors.length).toBeGreaterThan(5);
		for (const line of errors) expect(looksLikeLogText(line.text), line.text).toBe(true);
	});

	it.each([
		'team',
		'view-only',
		'permission',
		'how to change my default entity',
		'rôle d’équipe',
		'WANDB_ENTITY',
	])('takes the search “%s” as words, not a log', (query) => {
		expect(looksLikeLogText(query)).toBe(false);
	});
});
