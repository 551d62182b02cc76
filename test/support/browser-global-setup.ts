import type { TestProject } from 'vitest/node';
import { startStaticServer } from '../../tools/static-server';

// Serves the built site to every browser test file.
export default async function setup(project: TestProject) {
	const server = await startStaticServer('dist');
	project.provide('siteUrl', server.url);
	return () => server.close();
}

declare module 'vitest' {
	export interface ProvidedContext {
		siteUrl: string;
	}
}
