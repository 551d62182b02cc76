// The <w403-name-checker> custom element: the browser side of NameChecker.astro, loaded by its <script>.
import {
	checkAll,
	containsApiKey,
	normalizeHost,
	type Problem,
	type Suggestion,
} from '../lib/names';
import { format, problemMessage, suggestionText, type Dictionary } from '../lib/messages';
import {
	fillTemplate,
	generateSnippet,
	isSnippetFormat,
	type SnippetComments,
	type TemplateFormat,
} from '../lib/snippets';
import { buildLink, readPrefill, withoutApiKeys } from '../lib/links';
import { DEFAULT_LOCALE, isLocale, LOCALE_ALTERNATION } from '../lib/locale';

const FIELDS = ['entity', 'project', 'host'] as const;

/** One pre-rendered code block: its text nodes as built, and its copy button. */
interface Block {
	format: TemplateFormat;
	variant: string;
	wrapper: HTMLElement;
	texts: { node: Text; template: string }[];
	copy: HTMLButtonElement | null;
	/** What the copy button copied as built (the placeholder version). */
	originalCode: string;
	/** Each line's original nodes, kept when a line is replaced whole (see #fitLines). */
	lineNodes?: Node[][];
}

class NameChecker extends HTMLElement {
	#strings: Dictionary = {};
	#comments!: SnippetComments;
	#inputs = {} as Record<(typeof FIELDS)[number], HTMLInputElement>;
	#blocks: Block[] = [];
	#suggestion: Suggestion | undefined;
	#announce = 0;

	connectedCallback() {
		this.#strings = JSON.parse(this.dataset.strings ?? '{}') as Dictionary;
		this.#comments = JSON.parse(this.dataset.comments ?? '{}') as SnippetComments;
		const form = this.querySelector<HTMLFormElement>('[data-form]')!;
		for (const field of FIELDS)
			this.#inputs[field] = form.querySelector<HTMLInputElement>(`[name="${field}"]`)!;
		this.#blocks = [...this.querySelectorAll<HTMLElement>('[data-snippet]')].map((wrapper) =>
			this.#readBlock(wrapper)
		);
		form.hidden = false;
		form.addEventListener('submit', (event) => event.preventDefault());
		form.addEventListener('input', () => this.#update(true));
		// Leaving a field settles it: whitespace held back while typing (see #values) is reported.
		form.addEventListener('change', () => this.#update(false));
		this.querySelector('[data-apply]')!.addEventListener('click', () => this.#applySuggestion());
		this.querySelector('[data-copy-link]')!.addEventListener('click', () => void this.#copyLink());
		for (const button of this.querySelectorAll<HTMLButtonElement>('[data-copy-script]')) {
			button.hidden = false;
			button.addEventListener('click', () => void this.#copyScript(button));
		}
		for (const button of this.querySelectorAll<HTMLButtonElement>('[data-download-script]')) {
			button.hidden = false;
			button.addEventListener('click', () => this.#downloadScript(button));
		}
		// The script is long: shown in a short box, opened whole on request (a tall scrolling box
		// caught the mouse wheel of readers scrolling the page).
		for (const button of this.querySelectorAll<HTMLButtonElement>('[data-show-all]')) {
			const pre = this.querySelector<HTMLElement>(`#${button.getAttribute('aria-controls')}`)!;
			button.hidden = false;
			button.addEventListener('click', () => {
				const open = button.getAttribute('aria-expanded') !== 'true';
				button.setAttribute('aria-expanded', String(open));
				pre.toggleAttribute('data-collapsed', !open);
				button.textContent = this.#t(open ? 'tool.showLess' : 'tool.showAll');
				// Closing from the end of a long script: bring the reader back to the box.
				if (!open) pre.scrollIntoView({ block: 'nearest' });
			});
		}
		// Values from the link are untrusted text: they go into .value, never into markup. A key in
		// the link is shown to the reader (the checker flags it) but taken out of the address bar.
		const prefill = readPrefill(location.search);
		const clean = withoutApiKeys(location.search);
		if (clean !== location.search)
			history.replaceState(history.state, '', location.pathname + clean + location.hash);
		for (const field of FIELDS)
			if (prefill[field] !== undefined) this.#inputs[field].value = prefill[field]!;
		if (Object.keys(prefill).length) {
			this.#update(false);
			this.#showLandingNote(prefill);
		}
	}

	/**
	 * A reader who follows a link with values lands on a section that may be screens above the
	 * checker holding them (review F19): a note at the landing point says what the link carried
	 * and links to the checker. Not shown when the reader lands on the checker or below it.
	 * A value holding an API key is not repeated.
	 */
	#showLandingNote(prefill: Partial<Record<(typeof FIELDS)[number], string>>) {
		const section = this.dataset.section;
		if (!section || document.querySelector('.w403-landing')) return;
		const id = decodeURIComponent(location.hash.slice(1));
		const target = id ? document.getElementById(id) : null;
		if (
			id === section ||
			(target && this.compareDocumentPosition(target) & Node.DOCUMENT_POSITION_FOLLOWING)
		)
			return;
		const anchor = target ? (target.closest('.sl-heading-wrapper') ?? target) : null;
		const shown = FIELDS.filter((field) => prefill[field]);
		const keyed = shown.some((field) => containsApiKey(prefill[field]!));
		const locale = isLocale(this.dataset.locale) ? this.dataset.locale : DEFAULT_LOCALE;
		const shorten = (value: string) =>
			(value.length > 60 ? `${value.slice(0, 59)}…` : value).replace(/\s+/g, ' ');
		const values = shown.map((field) =>
			this.#t('tool.fromLinkValue', {
				field: this.#t(`field.${field}`).toLocaleLowerCase(locale),
				value: shorten(prefill[field]!),
			})
		);
		const note = document.createElement('p');
		note.className = 'w403-landing';
		note.setAttribute('role', 'note');
		const go = document.createElement('a');
		go.href = `#${section}`;
		go.textContent = `${this.#t('tool.fromLinkGo')} ↓`;
		// Values with errors are announced as such: the note must not read as "all is well".
		const checked = checkAll({
			entity: prefill.entity ?? '',
			project: prefill.project ?? '',
			host: prefill.host ?? '',
		});
		const faulty = shown.some((field) => !checked[field].ok);
		const said =
			keyed || values.length === 0
				? this.#t('tool.fromLinkNoValues')
				: this.#t('tool.fromLink', { values: values.join(', ') });
		note.append(faulty ? `${said} ${this.#t('tool.fromLinkFaulty')}` : said, ' ', go);
		if (anchor) anchor.after(note);
		else document.querySelector('.sl-markdown-content')?.prepend(note);
	}

	#readBlock(wrapper: HTMLElement): Block {
		// Each placeholder sits inside one highlighted token (a string literal), so swapping text
		// node by node keeps the colours; the browser tests check the result equals generateSnippet.
		const walker = document.createTreeWalker(wrapper.querySelector('pre')!, NodeFilter.SHOW_TEXT);
		const texts: Block['texts'] = [];
		for (let node = walker.nextNode(); node; node = walker.nextNode())
			texts.push({ node: node as Text, template: node.nodeValue ?? '' });
		const format = wrapper.dataset.snippet!;
		if (!isSnippetFormat(format) && format !== 'check-script')
			throw new Error(`unknown snippet format ${format}`);
		const copy = wrapper.querySelector<HTMLButtonElement>('button[data-code]');
		return {
			format,
			variant: wrapper.dataset.variant!,
			wrapper,
			texts,
			copy,
			originalCode: copy?.dataset.code ?? '',
		};
	}

	#t(key: string, params?: Record<string, string | number>) {
		return format(this.#strings[key] ?? key, params);
	}

	#values() {
		return {
			entity: this.#inputs.entity.value,
			project: this.#inputs.project.value,
			host: this.#inputs.host.value,
		};
	}

	/**
	 * The values as checked while the reader types: spaces at the end of the field being typed
	 * in, with the caret after them, are the start of the next word, not yet a mistake.
	 * Reporting them at once flashed an error and moved the page at every space.
	 */
	#typedValues() {
		const values = this.#values();
		const active = document.activeElement;
		for (const field of FIELDS) {
			const input = this.#inputs[field];
			const value = values[field];
			if (input === active && input.selectionStart === value.length && value.trim() !== '')
				values[field] = value.trimEnd();
		}
		return values;
	}

	#update(typed: boolean) {
		const values = typed ? this.#typedValues() : this.#values();
		const result = checkAll(values);
		const problems: Problem[] = [
			...result.entity.problems,
			...result.project.problems,
			...result.host.problems,
		];
		this.#renderProblems(problems);
		for (const field of FIELDS)
			this.#inputs[field].setAttribute('aria-invalid', String(!result[field].ok));
		this.#suggestion = problems.find((p) => p.suggestion)?.suggestion;
		const apply = this.querySelector<HTMLButtonElement>('[data-apply]')!;
		apply.hidden = !this.#suggestion;
		if (this.#suggestion) {
			apply.textContent = suggestionText(this.#strings, this.#suggestion);
		}
		// Snippets only ever show accepted values; otherwise they keep their placeholders.
		const usable = result.ok && !result.hasSecret;
		const note = this.querySelector<HTMLElement>('[data-snippet-note]')!;
		note.hidden = usable;
		note.textContent = result.hasSecret
			? this.#t('tool.snippetRefused')
			: this.#t('tool.snippetPlaceholders');
		this.#renderSnippets(usable ? values : undefined);
		const checkLink = this.querySelector<HTMLAnchorElement>('[data-check-link]');
		if (checkLink) this.#pointCheckLink(checkLink, usable ? values : undefined);
		const status = this.querySelector<HTMLElement>('[data-status]')!;
		const errors = problems.filter((p) => p.severity === 'error').length;
		const text =
			problems.length === 0
				? this.#t('tool.allGood')
				: this.#t('tool.summary', { errors, warnings: problems.length - errors });
		// Counts alone tell a screen-reader user that something is wrong, not what: the live region
		// also reads the first problem (the list holds the rest, tied to each field).
		const first = problems[0];
		const spoken = first
			? `${text}. ${this.#t(`field.${first.field}`)}${this.#t('punct.colon')}${problemMessage(this.#strings, first)}`
			: text;
		// The summary on screen follows each keystroke, so the page never moves later on its own;
		// the hidden live region speaks once typing pauses, not on every keystroke.
		this.querySelector<HTMLElement>('[data-summary]')!.textContent = text;
		clearTimeout(this.#announce);
		if (typed) this.#announce = window.setTimeout(() => (status.textContent = spoken), 600);
		else status.textContent = spoken;
	}

	#renderProblems(problems: Problem[]) {
		const list = this.querySelector<HTMLElement>('[data-problems]')!;
		// Each field is described by its own messages (aria-describedby), so they are read with it.
		const describedBy: Record<string, string[]> = {};
		list.replaceChildren(
			...problems.map((problem, index) => {
				const item = document.createElement('li');
				item.id = `${this.#inputs[problem.field].id}-problem-${index}`;
				(describedBy[problem.field] ??= []).push(item.id);
				item.className = `w403-${problem.severity}`;
				const label = document.createElement('strong');
				label.textContent = `${this.#t(`field.${problem.field}`)} · ${this.#t(`severity.${problem.severity}`)}${this.#t('punct.colon')}`;
				item.append(label, problemMessage(this.#strings, problem));
				return item;
			})
		);
		for (const field of FIELDS) {
			if (describedBy[field])
				this.#inputs[field].setAttribute('aria-describedby', describedBy[field].join(' '));
			else this.#inputs[field].removeAttribute('aria-describedby');
		}
	}

	#renderSnippets(values: { entity: string; project: string; host: string } | undefined) {
		const hasHost = values !== undefined && normalizeHost(values.host) !== undefined;
		for (const block of this.#blocks) {
			const shown = block.variant === 'any' || (block.variant === 'host') === hasHost;
			block.wrapper.hidden = !shown;
			// Only the variant on screen carries the values; the other keeps its placeholders.
			const filled = shown ? values : undefined;
			this.#restoreLines(block);
			for (const { node, template } of block.texts)
				node.nodeValue = filled ? fillTemplate(block.format, template, filled) : template;
			// Only the .env snippet writes a line the token swap cannot make (a value left out, a comment instead).
			if (filled && block.format === 'dotenv')
				this.#fitLines(block, generateSnippet(block.format, filled, this.#comments));
			// Expressive Code's copy button copies data-code, with U+007F for line breaks. (The access
			// check has no such button: its own copies the filled text of its <pre>.)
			if (block.copy && block.format !== 'check-script') {
				block.copy.dataset.code = filled
					? generateSnippet(block.format, filled, this.#comments).replace(/\n/g, '\u007f')
					: block.originalCode;
			}
		}
	}

	#lineCodes(block: Block): HTMLElement[] {
		return [...block.wrapper.querySelectorAll<HTMLElement>('.ec-line')].map(
			(line) => line.querySelector<HTMLElement>('.code') ?? line
		);
	}

	#restoreLines(block: Block) {
		if (!block.lineNodes) return;
		this.#lineCodes(block).forEach((code, i) => code.replaceChildren(...block.lineNodes![i]));
	}

	/**
	 * A line the swap inside string tokens cannot make (the .env snippet leaves out a value that
	 * python-dotenv would expand, with a comment instead) is written whole, as plain text; its
	 * highlighted nodes are kept to put back for the next values.
	 */
	#fitLines(block: Block, expected: string) {
		const codes = this.#lineCodes(block);
		const lines = expected.split('\n');
		if (lines.length !== codes.length) return;
		// A comment line keeps the colour of the snippet's own comments (Expressive Code's inline style).
		const commentStyle = codes
			.map((code) => code.querySelector<HTMLElement>('span[style]'))
			.find((span) => span?.textContent?.startsWith('#'))
			?.getAttribute('style');
		codes.forEach((code, i) => {
			if ((code.textContent ?? '').replace(/\n$/, '') === lines[i]) return;
			block.lineNodes ??= codes.map((c) => [...c.childNodes]);
			const text = document.createElement('span');
			text.textContent = lines[i];
			if (commentStyle && lines[i].startsWith('#')) text.setAttribute('style', commentStyle);
			code.replaceChildren(text);
		});
	}

	/** The access-check page with the typed values, once they are usable; the plain page otherwise. */
	#pointCheckLink(
		anchor: HTMLAnchorElement,
		values: { entity: string; project: string; host: string } | undefined
	) {
		anchor.dataset.plain ??= anchor.getAttribute('href') ?? '';
		const locale = this.dataset.locale;
		const base = new URL(this.dataset.base ?? '/', location.origin).href;
		const link =
			values && isLocale(locale)
				? buildLink({ base, locale, page: 'access-check', values })
				: undefined;
		anchor.href = link?.ok ? link.url : anchor.dataset.plain;
	}

	#applySuggestion() {
		if (!this.#suggestion) return;
		const { entity, project, host } = this.#suggestion;
		this.#inputs.entity.value = entity;
		this.#inputs.project.value = project;
		if (host) this.#inputs.host.value = host;
		this.#update(false);
		this.querySelector<HTMLElement>('[data-link-note]')!.textContent = this.#t(
			project === '' ? 'tool.appliedEntity' : 'tool.applied'
		);
		this.#inputs.entity.focus();
	}

	async #copyScript(button: HTMLButtonElement) {
		const block = button.closest<HTMLElement>('[data-snippet]')!;
		const note = block.querySelector<HTMLElement>('[data-script-note]')!;
		try {
			await navigator.clipboard.writeText(block.querySelector('pre')!.textContent ?? '');
			note.textContent = this.#t('tool.scriptCopied');
		} catch {
			// No clipboard (insecure context, permission denied): the script stays selectable.
			note.textContent = this.#t('tool.scriptNotCopied');
		}
	}

	/** Saves the script as shown, with the typed values, as w403_check.py (made in the page: nothing is fetched). */
	#downloadScript(button: HTMLButtonElement) {
		const block = button.closest<HTMLElement>('[data-snippet]')!;
		const text = block.querySelector('pre')!.textContent ?? '';
		const url = URL.createObjectURL(new Blob([text], { type: 'text/x-python' }));
		const link = document.createElement('a');
		link.href = url;
		link.download = 'w403_check.py';
		link.hidden = true;
		document.body.append(link);
		link.click();
		link.remove();
		setTimeout(() => URL.revokeObjectURL(url), 0);
		block.querySelector<HTMLElement>('[data-script-note]')!.textContent =
			this.#t('tool.scriptDownloaded');
	}

	async #copyLink() {
		const note = this.querySelector<HTMLElement>('[data-link-note]')!;
		const locale = this.dataset.locale;
		const base = new URL(this.dataset.base ?? '/', location.origin).href;
		const page = location.pathname
			.slice(new URL(base).pathname.length)
			.replace(new RegExp(`^(?:${LOCALE_ALTERNATION})/?`), '');
		const link = isLocale(locale)
			? buildLink({ base, locale, page, section: this.dataset.section, values: this.#values() })
			: undefined;
		if (!link?.ok) {
			note.textContent = this.#t('tool.linkRefused');
			return;
		}
		try {
			await navigator.clipboard.writeText(link.url);
			note.textContent = this.#t('tool.linkCopied', { url: link.url });
		} catch {
			// No clipboard (insecure context, permission denied): say so; the link is in the note to copy by hand.
			note.textContent = this.#t('tool.linkNotCopied', { url: link.url });
		}
	}
}

customElements.define('w403-name-checker', NameChecker);
