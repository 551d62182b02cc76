// Explicit, language-neutral heading ids for MDX.
// MDX reads `{…}` as an expression, so `## Titre {#id}` is not an option. We accept
//   ## Vérifier l'entité {/* #check-entity */}   and   ## Vérifier l'entité \{#check-entity\}
// and set the id on the heading, so EN and FR pages share the same anchors.
const COMMENT_ID = /^\s*\/\*\s*#([a-z0-9][a-z0-9-]*)\s*\*\/\s*$/;
const ESCAPED_ID = /\s*\{#([a-z0-9][a-z0-9-]*)\}\s*$/;

/** Returns the id written at the end of a heading's children, removing the marker. */
export function takeHeadingId(children) {
	const last = children[children.length - 1];
	if (!last) return undefined;
	if (last.type === 'mdxTextExpression') {
		const match = COMMENT_ID.exec(last.value);
		if (!match) return undefined;
		children.pop();
		trimEnd(children);
		return match[1];
	}
	if (last.type === 'text') {
		const match = ESCAPED_ID.exec(last.value);
		if (!match) return undefined;
		last.value = last.value.slice(0, match.index);
		trimEnd(children);
		return match[1];
	}
	return undefined;
}

function trimEnd(children) {
	const last = children[children.length - 1];
	if (last?.type === 'text') {
		last.value = last.value.replace(/\s+$/, '');
		if (last.value === '') children.pop();
	}
}

function visitHeadings(node, fn) {
	if (node.type === 'heading') fn(node);
	for (const child of node.children ?? []) visitHeadings(child, fn);
}

export default function remarkHeadingIds() {
	return (tree) => {
		visitHeadings(tree, (heading) => {
			const id = takeHeadingId(heading.children);
			if (!id) return;
			heading.data ??= {};
			heading.data.hProperties = { ...(heading.data.hProperties ?? {}), id };
		});
	};
}
