// Tells a pasted log line from an ordinary search, for the search dialog's "open it in the
// Log doctor" shortcut. Kept apart from doctor.ts so that the search script, on every page,
// does not carry the doctor.

/**
 * Whether `text` reads like output of the wandb SDK or of a Python traceback rather than
 * words typed into a search box: an SDK prefix (`wandb:`), an exception name, a status as
 * the SDK prints it, or the server's error code.
 *
 * @param text what the reader typed or pasted, any length
 * @returns true when the text holds at least one such marker
 */
export function looksLikeLogText(text: string): boolean {
	return LOG_MARKERS.some((marker) => marker.test(text));
}

const LOG_MARKERS: readonly RegExp[] = [
	/\bwandb: (?:ERROR|WARNING|Currently logged in|\[wandb\.)/,
	/\b(?:CommError|UsageError|AuthenticationError|HTTPError|Traceback \(most recent call last\))/,
	/\breturned error \d{3}\b|\b\d{3} Client Error\b|<Response \[\d{3}\]>|\(Error \d{3}:/,
	/\bPERMISSION_ERROR\b|\bupsertBucket\b/,
];

/**
 * Where a pasted log waits for the Log doctor when the reader opens it from another page
 * (the search dialog's shortcut): the tab's sessionStorage, which no request carries, so
 * the text never leaves the browser. The doctor reads it once and removes it.
 */
export const DOCTOR_PASTE_KEY = 'w403:doctor-paste';

/**
 * Where the doctor keeps the last pasted log for this tab, so that Back from a cause page, a
 * language switch or a reload finds it again: the tab's sessionStorage, with API keys and
 * passwords already redacted. Nothing leaves the browser; the tab's end clears it.
 */
export const DOCTOR_KEPT_KEY = 'w403:doctor-kept';
