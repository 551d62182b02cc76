// `cli -- doctor`: the log doctor on a file or stdin, as a report in the reader's language or JSON.
import { readFileSync } from 'node:fs';
import { diagnose } from '../../lib/doctor.ts';
import { formatReport } from '../../lib/report.ts';
import { text, UsageError, type Context } from '../context.ts';

export function doctor({ values, dict, lang, base }: Context): number {
	const file = text(values, 'file');
	let log: string;
	try {
		log = readFileSync(file ?? 0, 'utf8');
	} catch (error) {
		throw new UsageError(
			`cannot read ${file ?? 'stdin'}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`
		);
	}
	const diagnosis = diagnose(log);
	console.log(
		values.json ? JSON.stringify(diagnosis, null, 2) : formatReport(diagnosis, dict, base, lang)
	);
	return 0;
}
