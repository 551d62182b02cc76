// The <w403-log-doctor> custom element: the browser side of LogDoctor.astro, loaded by its <script>.
import { diagnose, type Diagnosis } from '../lib/doctor';
import { causeLink, FACT_KEYS, formatReport, summaryText } from '../lib/report';
import { format, type Dictionary } from '../lib/messages';
import { DEFAULT_LOCALE, isLocale, type Locale } from '../lib/locale';
import { DOCTOR_KEPT_KEY, DOCTOR_PASTE_KEY } from '../lib/log-text';
import { redact } from '../lib/redact';
import { buildLink } from '../lib/links';
import { pageUrl } from '../lib/urls';
import { checkEntity, checkProject, normalizeHost } from '../lib/names';

/** Past this many characters, the doctor waits for Diagnose instead of running after each pause. */
const AUTO_RUN_MAX_CHARS = 500_000;

/** Files larger than this are read in part: a log's useful lines fit many times over. */
const MAX_FILE_BYTES = 10 * 1024 * 1024;
/** Of a file read in part, this much comes from its start; the rest from its end. */
const FILE_HEAD_BYTES = 2 * 1024 * 1024;

class LogDoctor extends HTMLElement {
	#strings: Dictionary = {};
	#locale: Locale = DEFAULT_LOCALE;
	#base = '/';
	#last: Diagnosis | undefined;
	#timer = 0;

	connectedCallback() {
		this.#strings = JSON.parse(this.dataset.strings ?? '{}') as Dictionary;
		this.#locale = isLocale(this.dataset.locale) ? this.dataset.locale : DEFAULT_LOCALE;
		this.#base = new URL(this.dataset.base ?? '/', location.origin).href;
		const form = this.querySelector<HTMLFormElement>('[data-form]')!;
		const textarea = this.querySelector<HTMLTextAreaElement>('textarea')!;
		form.addEventListener('submit', (event) => {
			event.preventDefault();
			this.#run(textarea.value, true);
		});
		// Pasting is the main gesture: diagnose once the text stops changing. A very large text is
		// diagnosed on request only, so typing in it stays quick.
		textarea.addEventListener('input', () => {
			clearTimeout(this.#timer);
			if (textarea.value.length > AUTO_RUN_MAX_CHARS) {
				this.querySelector<HTMLElement>('[data-note]')!.textContent = this.#t('doctor.large');
				return;
			}
			this.#timer = window.setTimeout(() => this.#run(textarea.value, false), 250);
		});
		this.querySelector<HTMLInputElement>('input[type="file"]')!.addEventListener(
			'change',
			(event) => {
				const file = (event.target as HTMLInputElement).files?.[0];
				if (file) void this.#readFile(file, textarea);
			}
		);
		this.addEventListener('dragover', (event) => event.preventDefault());
		this.addEventListener('drop', (event) => {
			const file = event.dataTransfer?.files?.[0];
			if (!file) return;
			event.preventDefault();
			void this.#readFile(file, textarea);
		});
		this.querySelector('[data-copy-summary]')!.addEventListener(
			'click',
			() => void this.#copySummary()
		);
		// A log line the reader pasted into site search and sent here (search-doctor.ts).
		const handed = this.#takeHandedPaste();
		if (handed) {
			textarea.value = handed;
			this.#run(handed, true);
			return;
		}
		// Back from a cause page, a language switch or a reload: the last log of this tab, redacted.
		const kept = this.#storage('get');
		if (kept && textarea.value === '') {
			textarea.value = kept;
			this.#run(kept, false, true);
			// Said, and selected on the first click, so that a new paste replaces it instead of
			// landing in the middle of it.
			this.querySelector<HTMLElement>('[data-note]')!.textContent = this.#t('doctor.restored');
			textarea.addEventListener('focus', () => textarea.select(), { once: true });
		}
	}

	/** The tab's copy of the last log (DOCTOR_KEPT_KEY); storage refused means no copy, nothing else. */
	#storage(action: 'get'): string;
	#storage(action: 'set', text: string): void;
	#storage(action: 'get' | 'set', text = ''): string | void {
		try {
			if (action === 'get') return sessionStorage.getItem(DOCTOR_KEPT_KEY) ?? '';
			if (text.trim() === '' || text.length > AUTO_RUN_MAX_CHARS)
				sessionStorage.removeItem(DOCTOR_KEPT_KEY);
			else sessionStorage.setItem(DOCTOR_KEPT_KEY, redact(text));
		} catch {
			return action === 'get' ? '' : undefined;
		}
	}

	#takeHandedPaste(): string {
		try {
			const text = sessionStorage.getItem(DOCTOR_PASTE_KEY) ?? '';
			sessionStorage.removeItem(DOCTOR_PASTE_KEY);
			return text;
		} catch {
			return '';
		}
	}

	#t(key: string, params?: Record<string, string | number>) {
		return format(this.#strings[key] ?? key, params);
	}

	async #readFile(file: File, textarea: HTMLTextAreaElement) {
		const note = this.querySelector<HTMLElement>('[data-note]')!;
		// A long log's error is usually near its end, and the login line near its start: a file too
		// large to read whole is read from both ends.
		const large = file.size > MAX_FILE_BYTES;
		const text = large
			? `${await file.slice(0, FILE_HEAD_BYTES).text()}\n${await file.slice(file.size - (MAX_FILE_BYTES - FILE_HEAD_BYTES)).text()}`
			: await file.text();
		// A NUL byte early on means a binary file, not console output.
		if (text.slice(0, 4096).includes('\u0000')) {
			note.textContent = this.#t('doctor.notText');
			return;
		}
		textarea.value = text;
		this.#run(text, true);
		// Said with the diagnosis, so the reader knows what was read.
		if (large)
			note.textContent = `${this.#t('doctor.tooBig', { size: (file.size / 1048576).toFixed(1), head: FILE_HEAD_BYTES / 1048576, tail: (MAX_FILE_BYTES - FILE_HEAD_BYTES) / 1048576 })} ${note.textContent}`;
	}

	/** Diagnoses `text`; `restored`: the tab's kept log on arrival, shown without moving the page. */
	#run(text: string, explicit: boolean, restored = false) {
		const note = this.querySelector<HTMLElement>('[data-note]')!;
		if (text.trim() === '') {
			this.#storage('set', '');
			// Nothing to diagnose: no message about a log that is gone (a restored one, a past diagnosis).
			note.textContent = explicit ? this.#t('doctor.empty') : '';
			this.querySelector<HTMLElement>('[data-result]')!.hidden = true;
			this.querySelector<HTMLElement>('[data-copy-summary]')!.hidden = true;
			return;
		}
		this.#last = diagnose(text);
		this.#storage('set', text);
		this.#render(this.#last);
		// Screen readers hear the outcome; an explicit Diagnose also takes the reader to it
		// (a paste does not: focus stays where the reader is typing).
		const top = this.#last.causes.find((cause) => cause.pointed);
		note.textContent = top
			? this.#t('doctor.announce', { cause: this.#t(`cause.${top.id}`) })
			: this.#last.causes.length
				? this.#t('doctor.announceSuspects')
				: this.#last.category === 'unknown'
					? this.#t('doctor.announceNone')
					: // A kind of failure no cause explains (a full server, a local file): the summary below says what.
						this.#t('doctor.announceKind');
		if (explicit) {
			this.querySelector<HTMLElement>('#w403-diagnosis')!.focus();
			return;
		}
		if (restored) return;
		// After a paste the diagnosis may be below the fold (on a phone it always is): the status
		// line comes into view with a link to it, and focus stays in the field.
		const see = document.createElement('a');
		see.href = '#w403-diagnosis';
		see.textContent = this.#t('doctor.see');
		note.append(' ', see);
		if (note.getBoundingClientRect().bottom > window.innerHeight)
			note.scrollIntoView({ block: 'nearest' });
	}

	#render(diagnosis: Diagnosis) {
		const colon = this.#strings['punct.colon'] ?? ': ';
		this.querySelector('[data-category]')!.textContent = summaryText(diagnosis, this.#strings);
		// The line the summary's advice speaks of, when no cause below quotes it.
		const shown = this.querySelector('[data-shown]')!;
		shown.replaceChildren();
		if (diagnosis.shown.length && !diagnosis.causes.some((cause) => cause.pointed)) {
			const label = document.createElement('p');
			label.textContent = this.#t('doctor.shown') + colon.trimEnd();
			const pre = document.createElement('pre');
			pre.textContent = diagnosis.shown.join('\n');
			shown.append(label, pre);
		}
		const facts = this.querySelector<HTMLElement>('[data-facts]')!;
		// Nine "not shown" rows fill a phone's screen and say one thing: say it once.
		const none = FACT_KEYS.every((key) => diagnosis[key] === null);
		facts.hidden = none;
		this.querySelector<HTMLElement>('[data-no-facts]')!.hidden = !none;
		facts.replaceChildren(
			...FACT_KEYS.flatMap((key) => {
				const term = document.createElement('dt');
				term.textContent = this.#t(`doctor.fact.${key}`);
				const detail = document.createElement('dd');
				const value = diagnosis[key];
				detail.textContent = value === null ? this.#t('doctor.notShown') : String(value);
				if (value === null) detail.className = 'w403-missing';
				return [term, detail];
			})
		);
		const causeItem = (cause: Diagnosis['causes'][number]) => {
			const item = document.createElement('li');
			const link = document.createElement('a');
			link.href = causeLink(diagnosis, cause.id, this.#base, this.#locale) ?? '#';
			link.textContent = this.#t(`cause.${cause.id}`);
			link.dataset.cause = cause.id;
			item.append(link);
			return item;
		};
		// Causes a line points to, with that line; then the suspects any 403 fits, each with
		// what would tell it apart (review F12: the same five causes citing the same line said nothing).
		const pointed = diagnosis.causes.filter((cause) => cause.pointed);
		const suspects = diagnosis.causes.filter((cause) => !cause.pointed);
		this.querySelector('[data-causes]')!.replaceChildren(
			...pointed.map((cause) => {
				const item = causeItem(cause);
				const label = document.createElement('p');
				label.textContent = this.#t('doctor.evidence') + colon.trimEnd();
				if (cause.evidence.length) {
					const pre = document.createElement('pre');
					pre.textContent = cause.evidence.join('\n');
					item.append(label, pre);
				} else {
					label.textContent = this.#t('doctor.noEvidence');
					item.append(label);
				}
				return item;
			})
		);
		this.querySelector('[data-suspects]')!.replaceChildren(
			...suspects.map((cause) => {
				const item = causeItem(cause);
				const hint = this.#strings[`doctor.confirm.${cause.id}`];
				if (hint) {
					const text = document.createElement('p');
					const label = document.createElement('strong');
					label.textContent = this.#t('doctor.confirmLabel');
					text.append(label, ' ', hint);
					item.append(text);
				}
				return item;
			})
		);
		for (const [selector, shown] of [
			['[data-causes-heading]', pointed.length > 0],
			['[data-causes]', pointed.length > 0],
			['[data-suspects-heading]', suspects.length > 0],
			['[data-suspects]', suspects.length > 0],
		] as const)
			this.querySelector<HTMLElement>(selector)!.hidden = !shown;
		this.querySelector('[data-next]')!.replaceChildren(...this.#nextSteps(diagnosis));
		this.querySelector<HTMLElement>('[data-result]')!.hidden = false;
		this.querySelector<HTMLElement>('[data-copy-summary]')!.hidden = false;
	}

	/**
	 * What to do when the log cannot say more: a checker link with the team the login line
	 * shows (with the 0.19.5 caveat, facts §0.1), a request for the wandb.init() line when no
	 * entity shows, and the access check when nothing could be named.
	 */
	#nextSteps(diagnosis: Diagnosis): HTMLElement[] {
		const steps: HTMLElement[] = [];
		const paragraph = (...parts: (string | Node)[]) => {
			const p = document.createElement('p');
			p.append(...parts);
			steps.push(p);
		};
		const anchor = (href: string, text: string) => {
			const a = document.createElement('a');
			a.href = href;
			a.textContent = text;
			return a;
		};
		// The access check opens with what the log showed (its own page refuses a placeholder or a key).
		const shown: Record<string, string> = {};
		if (diagnosis.entity) shown.entity = diagnosis.entity;
		if (diagnosis.project) shown.project = diagnosis.project;
		const host = normalizeHost(diagnosis.host ?? '');
		if (host) shown.host = host;
		const checkLink = buildLink({
			base: this.#base,
			locale: this.#locale,
			page: this.dataset.accessCheck,
			values: shown,
		});
		const accessCheck = anchor(
			checkLink.ok
				? checkLink.url
				: pageUrl(this.#base, { locale: this.#locale, page: this.dataset.accessCheck }),
			this.#t('doctor.accessCheck')
		);
		// The login line's team as a candidate only when the log shows no target, or a placeholder
		// one: next to a real target it would read as a correction the log does not support.
		const team = diagnosis.loginEntity;
		const placeholder =
			diagnosis.entity !== null &&
			checkEntity(diagnosis.entity).problems.some((p) => p.code === 'placeholder');
		if (
			team &&
			(diagnosis.entity === null || placeholder) &&
			(diagnosis.category === 'permission' || diagnosis.category === 'not-found')
		) {
			const values: Record<string, string> = { entity: team };
			if (
				diagnosis.project &&
				!checkProject(diagnosis.project).problems.some((p) => p.code === 'placeholder')
			)
				values.project = diagnosis.project;
			const link = buildLink({
				base: this.#base,
				locale: this.#locale,
				page: 'causes/wrong-entity',
				section: 'check-names',
				values,
			});
			const text = placeholder
				? this.#t('doctor.loginTeamPlaceholder', { team, entity: diagnosis.entity! })
				: this.#t('doctor.loginTeam', { team });
			if (link.ok)
				paragraph(
					anchor(link.url, text),
					`${this.#t('doctor.sentenceEnd')} `,
					this.#t('doctor.loginTeamCaveat')
				);
		}
		const pointed = diagnosis.causes.some((cause) => cause.pointed);
		if (diagnosis.category === 'permission' && !diagnosis.entity)
			paragraph(this.#t('doctor.askInit'), ' ', accessCheck);
		// Only suspects: the log cannot tell them apart, the access check can (it asks the server).
		else if (!pointed && diagnosis.causes.length > 0)
			paragraph(this.#t('doctor.suspectsCheck'), ' ', accessCheck);
		// A local file error or a server failure is explained by its summary; more of the log would not help.
		else if (
			diagnosis.causes.length === 0 &&
			diagnosis.category !== 'local-file' &&
			diagnosis.category !== 'server'
		)
			paragraph(this.#t('doctor.noCause'), ' ', accessCheck);
		return steps;
	}

	async #copySummary() {
		if (!this.#last) return;
		const summary = formatReport(this.#last, this.#strings, this.#base, this.#locale);
		const note = this.querySelector('[data-note]')!;
		const box = this.querySelector<HTMLElement>('[data-summary]')!;
		try {
			await navigator.clipboard.writeText(summary);
			note.textContent = this.#t('doctor.summaryCopied');
			box.hidden = true;
		} catch {
			// No clipboard (plain http, a denied permission): say so, and show the summary selected to copy by hand.
			note.textContent = this.#t('doctor.summaryNotCopied');
			box.textContent = summary;
			box.hidden = false;
			box.focus({ preventScroll: true });
			getSelection()?.selectAllChildren(box);
			// The message first: scrolling to the box alone hid it under the sticky header on a phone.
			note.scrollIntoView({ block: 'center' });
		}
	}
}

customElements.define('w403-log-doctor', LogDoctor);
