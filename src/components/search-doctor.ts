// The search dialog's shortcut to the Log doctor: when what the reader typed or pasted
// into Starlight's search box reads like a log line, a link offers to open the doctor with
// it. The text goes through sessionStorage (DOCTOR_PASTE_KEY), never through the URL, so it
// reaches no server, no history and no referrer.
import { DOCTOR_PASTE_KEY, looksLikeLogText } from '../lib/log-text';

class SearchDoctor extends HTMLElement {
	#ready = false;

	connectedCallback() {
		// Moving the element (below) connects it again: set up once.
		if (this.#ready) return;
		this.#ready = true;
		const link = this.querySelector('a')!;
		let query = '';
		// Pagefind mounts its search box late (on idle), so listen on the dialog, not the input.
		this.closest('dialog')?.addEventListener('input', (event) => {
			const input = event.target;
			if (!(input instanceof HTMLInputElement)) return;
			query = input.value;
			link.hidden = !looksLikeLogText(query);
			// Just under the search box, above the results. Pagefind builds its form late, so the
			// link moves there the first time the reader types. (Above the box, it sat under the
			// dialog's Cancel button on phones.)
			if (!link.hidden && input.nextElementSibling !== this) input.after(this);
		});
		link.addEventListener('click', () => {
			try {
				sessionStorage.setItem(DOCTOR_PASTE_KEY, query);
			} catch {
				// Storage refused (private mode, full): the doctor opens empty, as a plain link would.
			}
		});
	}
}

customElements.define('w403-search-doctor', SearchDoctor);
