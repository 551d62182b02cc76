import { describe, expect, it } from 'vitest';
import remarkHeadingIds from '../../src/plugins/remark-heading-ids.mjs';

interface Node {
	type: string;
	value?: string;
	depth?: number;
	children: Node[];
	data?: { hProperties?: { id?: string } };
}

function heading(children: unknown[]): Node {
	return { type: 'root', children: [{ type: 'heading', depth: 2, children: children as Node[] }] };
}

describe('explicit heading ids in MDX', () => {
	const run = remarkHeadingIds();

	it('reads {/* #id */} and removes it from the heading text', () => {
		const tree = heading([
			{ type: 'text', value: 'Vérifier l’entité ' },
			{ type: 'mdxTextExpression', value: '/* #check-entity */' },
		]);
		run(tree);
		const h = tree.children[0];
		expect(h.data?.hProperties?.id).toBe('check-entity');
		expect(h.children).toEqual([{ type: 'text', value: 'Vérifier l’entité' }]);
	});

	it('reads an escaped \\{#id\\} at the end of the text', () => {
		const tree = heading([{ type: 'text', value: 'Check the entity {#check-entity}' }]);
		run(tree);
		expect(tree.children[0].data?.hProperties?.id).toBe('check-entity');
		expect(tree.children[0].children[0].value).toBe('Check the entity');
	});

	it('leaves headings without a marker, and other expressions, alone', () => {
		const tree = heading([
			{ type: 'text', value: 'Plain ' },
			{ type: 'mdxTextExpression', value: 'someValue' },
		]);
		run(tree);
		expect(tree.children[0].data).toBeUndefined();
		expect(tree.children[0].children).toHaveLength(2);
	});
});
