// `cli -- link`: a support link that opens the guide with the values filled in, long or short.
import { buildLink } from '../../lib/links.ts';
import { getGoLink, shortLink } from '../../lib/golinks.ts';
import { CAUSES } from '../../lib/causes.ts';
import { required, text, UsageError, type Context } from '../context.ts';

/** Exit code 1 when a value looks like an API key (no link is printed). */
export function link({ values, dict, lang, base }: Context): number {
	const input = {
		entity: required(values, 'entity'),
		project: required(values, 'project'),
		host: text(values, 'host') ?? '',
	};
	if (values.short) {
		const id = text(values, 'id') ?? 'wrong-entity';
		if (!getGoLink(id))
			throw new UsageError(
				`unknown --id ${JSON.stringify(id)}; cause ids: ${CAUSES.map((c) => c.id).join(', ')}`
			);
		const short = shortLink(base, id, input);
		if (!short.ok) {
			console.error(dict['tool.linkRefused']);
			return 1;
		}
		console.log(short.url);
		return 0;
	}
	const long = buildLink({
		base,
		locale: lang,
		page: text(values, 'page') ?? 'causes/wrong-entity',
		section: text(values, 'section') ?? 'fix',
		values: input,
	});
	if (!long.ok) {
		console.error(long.reason === 'api-key' ? dict['tool.linkRefused'] : `invalid --section`);
		return 1;
	}
	console.log(long.url);
	return 0;
}
