// The <w403-support-desk> custom element: the browser side of SupportDesk.astro, loaded by its <script>.
import { checkAll, type Problem } from '../lib/names';
import { format, problemMessage, type Dictionary } from '../lib/messages';
import { getGoLink, shortLink } from '../lib/golinks';
import { pageUsesValues } from '../lib/links';
import { DEFAULT_LOCALE, isLocale } from '../lib/locale';

type Replies = Record<
	string,
	{ template: string; noValues: string; causes: Record<string, string> }
>;

class SupportDesk extends HTMLElement {
	connectedCallback() {
		const strings = JSON.parse(this.dataset.strings ?? '{}') as Dictionary;
		const replies = JSON.parse(this.dataset.replies ?? '{}') as Replies;
		const form = this.querySelector<HTMLFormElement>('[data-form]')!;
		const field = (name: string) =>
			form.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`)!;
		const reply = this.querySelector<HTMLTextAreaElement>('[data-reply]')!;
		const note = this.querySelector<HTMLElement>('[data-note]')!;
		form.hidden = false;
		// The table is built for the published site (SITE); the replies link to where this page
		// is served. Shown on another origin (a preview, a mirror), the table follows the replies.
		const root = new URL(this.dataset.base ?? '/', location.origin).href;
		const built = this.dataset.site ?? root;
		if (built !== root) {
			for (const anchor of this.querySelectorAll<HTMLAnchorElement>('table a[href]'))
				anchor.href = anchor.getAttribute('href')!.replace(built, root);
			for (const code of this.querySelectorAll('table code'))
				code.textContent = (code.textContent ?? '').replace(built, root);
		}
		form.addEventListener('submit', (event) => {
			event.preventDefault();
			const values = {
				entity: field('entity').value,
				project: field('project').value,
				host: field('host').value,
			};
			const result = checkAll(values);
			const problems: Problem[] = [
				...result.entity.problems,
				...result.project.problems,
				...result.host.problems,
			]
				// An agent may send a link without values; empty fields are not a problem here.
				.filter((p) => !(p.code === 'empty' && values[p.field] === ''))
				// The customer's own placeholder is what the agent wants them to see flagged on the page.
				.map((p) => (p.code === 'placeholder' ? { ...p, severity: 'warning' as const } : p));
			const list = this.querySelector('[data-problems]')!;
			// Each problem is coloured by its severity and tied to its field (aria-invalid and
			// aria-describedby), as in the name checker.
			const describedBy: Record<string, string[]> = {};
			list.replaceChildren(
				...problems.map((problem, index) => {
					const item = document.createElement('li');
					item.id = `desk-problem-${index}`;
					item.className = `w403-${problem.severity}`;
					(describedBy[problem.field] ??= []).push(item.id);
					const label = document.createElement('strong');
					label.textContent = `${strings[`field.${problem.field}`]} · ${strings[`severity.${problem.severity}`]}${strings['punct.colon']}`;
					item.append(label, problemMessage(strings, problem));
					return item;
				})
			);
			for (const name of ['entity', 'project', 'host'] as const) {
				const input = field(name);
				input.setAttribute(
					'aria-invalid',
					String(problems.some((p) => p.field === name && p.severity === 'error'))
				);
				if (describedBy[name]) input.setAttribute('aria-describedby', describedBy[name].join(' '));
				else input.removeAttribute('aria-describedby');
			}
			const id = field('section').value;
			// The form does its own checking (novalidate): the browser's bubble speaks the browser's
			// language, not the page's, and vanishes.
			const section = field('section');
			section.setAttribute('aria-invalid', String(id === ''));
			if (id === '') {
				for (const selector of [
					'[data-link-line]',
					'[data-reply-label]',
					'[data-reply]',
					'[data-copy-reply]',
				])
					this.querySelector<HTMLElement>(selector)!.hidden = true;
				reply.value = '';
				note.textContent = strings['desk.chooseFirst'];
				section.focus();
				return;
			}
			const chosen = field('language').value;
			const language = isLocale(chosen) ? chosen : DEFAULT_LOCALE;
			// Values go only to a page that reads them; elsewhere the link and the reply leave them out.
			const given = Object.fromEntries(Object.entries(values).filter(([, value]) => value !== ''));
			const target = getGoLink(id);
			const used = target !== undefined && pageUsesValues(target.page);
			const filled = used ? given : {};
			// The reply is in one language, so the link opens in it; values that fail the check make no link.
			const link = shortLink(
				new URL(this.dataset.base ?? '/', location.origin).href,
				id,
				filled,
				language
			);
			const refusal =
				!link.ok || result.hasSecret
					? strings['desk.refused']
					: problems.some((p) => p.severity === 'error')
						? strings['desk.fixFirst']
						: '';
			const show = refusal === '';
			for (const selector of [
				'[data-link-line]',
				'[data-reply-label]',
				'[data-reply]',
				'[data-copy-reply]',
			])
				this.querySelector<HTMLElement>(selector)!.hidden = !show;
			if (!show || !link.ok) {
				note.textContent = refusal;
				reply.value = '';
				return;
			}
			note.textContent = Object.keys(given).length && !used ? strings['desk.valuesNotUsed'] : '';
			const anchor = this.querySelector<HTMLAnchorElement>('[data-link]')!;
			anchor.href = link.url;
			anchor.textContent = link.url;
			// Say the values are filled in only when there are some.
			const template = Object.keys(filled).length
				? replies[language].template
				: replies[language].noValues;
			reply.value = format(template, { cause: replies[language].causes[id], link: link.url });
		});
		const copyReply = async () => {
			try {
				await navigator.clipboard.writeText(reply.value);
				note.textContent = strings['desk.copied'];
			} catch {
				// No clipboard (plain http, a denied permission): say so, and leave the reply selected.
				reply.focus();
				reply.select();
				note.textContent = strings['desk.notCopied'];
			}
		};
		this.querySelector('[data-copy-reply]')!.addEventListener('click', () => void copyReply());
	}
}

customElements.define('w403-support-desk', SupportDesk);
