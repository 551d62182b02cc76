import { describe, expect, it } from 'vitest';
import en from '../../src/content/i18n/en.json';
import fr from '../../src/content/i18n/fr.json';
import { format, problemMessage, suggestionText } from '../../src/lib/messages';
import { checkAll, type ProblemCode } from '../../src/lib/names';
import { CAUSES } from '../../src/lib/causes';

describe('messages in both languages', () => {
	it('has the same UI strings in English and French', () => {
		expect(Object.keys(fr).sort()).toEqual(
			Object.keys(en)
				.sort()
				.concat(Object.keys(fr).filter((k) => !(k in en)))
				.sort()
		);
		const ours = (dict: object) =>
			Object.keys(dict)
				.filter((k) => !/^(heading|themeSelect|languageSelect|page)\./.test(k))
				.sort();
		expect(ours(fr)).toEqual(ours(en));
	});

	it('uses the same {{placeholders}} in both languages', () => {
		for (const key of Object.keys(en)) {
			const names = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
			expect(names((fr as Record<string, string>)[key]), key).toEqual(
				names((en as Record<string, string>)[key])
			);
		}
	});

	it('has a sentence for every problem the checker can report, in both languages', () => {
		const samples = [
			{ entity: '', project: '' },
			{ entity: ' a', project: 'a?' },
			{ entity: 'a\u0000', project: 'p'.repeat(130) },
			{ entity: 'my-awesome-team-name', project: '$project' },
			{ entity: 'https://wandb.ai/a/b', project: 'a/b' },
			{ entity: 'A/b/c', project: 'a\tb\n', host: 'https://wandb.ai' },
			{ entity: 'Acme', project: 'x', host: 'http://api.wandb.ai' },
			{ entity: 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678', project: 'x', host: 'nope' },
			{ entity: 'x', project: 'y', host: 'https://acme.wandb.io/a/b' },
		];
		const seen = new Set<ProblemCode>();
		for (const input of samples) {
			const result = checkAll(input);
			for (const problem of [
				...result.entity.problems,
				...result.project.problems,
				...result.host.problems,
			]) {
				seen.add(problem.code);
				for (const dict of [en, fr]) {
					const message = problemMessage(dict, problem);
					expect(message).not.toMatch(/\{\{/);
					expect(message.length).toBeGreaterThan(10);
				}
			}
		}
		expect([...seen].sort()).toEqual([
			'api-key',
			'app-host',
			'control-char',
			'empty',
			'forbidden-char',
			'insecure-host',
			'not-a-url',
			'path',
			'placeholder',
			'shell-variable',
			'too-long',
			'uppercase',
			'url',
			'whitespace',
		]);
	});

	it('shows positions from 1 and characters quoted the French way in French', () => {
		const problem = checkAll({ entity: 'a', project: 'ab?' }).project.problems[0];
		expect(problemMessage(en, problem)).toContain('“?” (at position 3)');
		expect(problemMessage(fr, problem)).toContain('«\u00a0?\u00a0» (position 3)');
	});

	it('says “an invisible character” for one and “invisible characters” for several, in both languages', () => {
		const one = checkAll({ entity: 'ac\u200bme', project: 'v' }).entity.problems.find(
			(p) => p.code === 'invisible-char'
		)!;
		const two = checkAll({ entity: 'a\u200bc\u2060me', project: 'v' }).entity.problems.find(
			(p) => p.code === 'invisible-char'
		)!;
		expect(problemMessage(en, one)).toMatch(/^An invisible character /);
		expect(problemMessage(fr, one)).toMatch(/^Un caractère invisible /);
		expect(problemMessage(en, two)).toMatch(/^Invisible characters /);
		expect(problemMessage(fr, two)).toMatch(/^Caractères invisibles /);
	});

	it('says where the project is when it is empty and the entity field holds an address that names one', () => {
		const result = checkAll({ entity: 'wandb.ai/acme/vision/runs/abc', project: '' });
		const empty = result.project.problems.find((p) => p.code === 'empty')!;
		expect(problemMessage(en, empty)).toContain('“vision”');
		expect(problemMessage(fr, empty)).toContain('«\u00a0vision\u00a0»');
		// Without an address, the plain message.
		expect(problemMessage(en, checkAll({ entity: 'acme', project: '' }).project.problems[0])).toBe(
			en['problem.empty.project']
		);
	});

	it('offers to fix the entity alone when the project was left empty, and says so in its label', () => {
		const problem = checkAll({ entity: 'ac\u200bme', project: '' }).entity.problems.find(
			(p) => p.suggestion
		)!;
		expect(problem.suggestion).toEqual({ entity: 'acme', project: '' });
		expect(suggestionText(en, problem.suggestion!)).toBe('Use entity “acme”');
		expect(suggestionText(fr, problem.suggestion!)).toBe('Utiliser l’entité «\u00a0acme\u00a0»');
		expect(suggestionText(en, { entity: 'acme', project: 'vision' })).toBe(
			'Use entity “acme” and project “vision”'
		);
	});

	it('refuses a name that is surely a command-line option (--x, -x=1) and warns about a leading “-” (wandb#6045)', () => {
		const entity = checkAll({ entity: '--id=v9h3k1sd', project: 'vision' }).entity;
		expect(entity.problems.map((p) => [p.code, p.severity])).toContainEqual([
			'option-like',
			'error',
		]);
		expect(
			checkAll({ entity: '-acme', project: 'vision' }).entity.problems.map((p) => [
				p.code,
				p.severity,
			])
		).toEqual([['option-like', 'warning']]);
		expect(
			problemMessage(
				fr,
				entity.problems.find((p) => p.code === 'option-like')!
			)
		).toContain('option');
		expect(checkAll({ entity: 'acme', project: 'a-b' }).project.problems).toEqual([]);
	});

	it('says position for one and positions for several, in both languages', () => {
		const problem = checkAll({ entity: 'a', project: 'a?b?' }).project.problems[0];
		expect(problemMessage(en, problem)).toContain('(at positions 2, 4)');
		expect(problemMessage(fr, problem)).toContain('(positions 2, 4)');
	});

	it('names every cause of the catalogue and every doctor category in both languages', () => {
		for (const dict of [en, fr] as Record<string, string>[]) {
			for (const cause of CAUSES) expect(dict[`cause.${cause.id}`], cause.id).toBeTruthy();
			for (const category of [
				'permission',
				'authentication',
				'not-found',
				'organization-entity',
				'bad-request',
				'network',
				'storage',
				'server',
				'server.gateway',
				'server.storage-full',
				'local-file',
				'anonymous',
				'access-check',
				'unknown',
			])
				expect(dict[`doctor.category.${category}`], category).toBeTruthy();
		}
	});

	// From SDK 0.26.1 the log shows no status: the explanation of a kind of failure must not state
	// one. The status, when the log shows it, is in the facts.
	it('explains each kind of failure the doctor finds without stating an HTTP status', () => {
		for (const dict of [en, fr] as Record<string, string>[]) {
			for (const category of [
				'permission',
				'authentication',
				'not-found',
				'organization-entity',
				'network',
				'storage',
				'local-file',
				'anonymous',
				'unknown',
			])
				expect(dict[`doctor.category.${category}`], category).not.toMatch(/HTTP\s*\d{3}|\b4\d\d\b/);
		}
	});

	it('writes large counts as numbers are written in each language', () => {
		const problem = checkAll({ entity: 'x'.repeat(2_097_396), project: 'v' }).entity.problems[0];
		expect(problemMessage(en, problem)).toContain('2,097,396 characters');
		expect(problemMessage(fr, problem)).toContain('2\u202f097\u202f396');
	});

	it('leaves unknown placeholders visible', () => {
		expect(format('{{a}} {{b}}', { a: 1 })).toBe('1 {{b}}');
	});
});

describe('positions in messages', () => {
	it('lists the first ten positions and then an ellipsis, so a long value gives a short sentence', () => {
		const project = 'x?'.repeat(300);
		const problem = checkAll({ entity: 'acme', project }).project.problems.find(
			(p) => p.code === 'forbidden-char'
		)!;
		const message = problemMessage(en, problem);
		expect(message).toContain('2, 4, 6, 8, 10, 12, 14, 16, 18, 20, …');
		expect(message.length).toBeLessThan(200);
	});
});
