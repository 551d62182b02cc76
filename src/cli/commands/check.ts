// `cli -- check`: the name checker's verdict on entity, project and server, as text or JSON.
import { checkAll, type FieldResult } from '../../lib/names.ts';
import { problemMessage, suggestionText, type Dictionary } from '../../lib/messages.ts';
import { required, text, type Context } from '../context.ts';

function describeField(dict: Dictionary, result: FieldResult) {
	return {
		ok: result.ok,
		problems: result.problems.map((problem) => ({
			code: problem.code,
			severity: problem.severity,
			message: problemMessage(dict, problem),
			...(problem.suggestion ? { suggestion: problem.suggestion } : {}),
		})),
	};
}

/** Exit code 1 when a value has errors. */
export function check({ values, dict }: Context): number {
	const input = {
		entity: required(values, 'entity'),
		project: required(values, 'project'),
		host: text(values, 'host') ?? '',
	};
	const result = checkAll(input);
	const report = {
		entity: describeField(dict, result.entity),
		project: describeField(dict, result.project),
		...(input.host ? { host: describeField(dict, result.host) } : {}),
	};
	if (values.json) console.log(JSON.stringify(report, null, 2));
	else {
		const colon = dict['punct.colon'];
		for (const [field, fieldReport] of Object.entries(report)) {
			const label = dict[`field.${field}`];
			if (fieldReport.problems.length === 0) console.log(`${label}${colon}ok`);
			for (const problem of fieldReport.problems) {
				console.log(
					`${label}${colon}${dict[`severity.${problem.severity}`]}${colon}${problem.message}`
				);
				// The same one-click suggestion as the page's button, as text.
				if (problem.suggestion) console.log(`  → ${suggestionText(dict, problem.suggestion)}`);
			}
		}
	}
	return result.ok ? 0 : 1;
}
