// `npm run cli`: the same lib from a terminal (the commands are in src/cli/main.ts). The `?raw`
// hook must be in place before main.ts and its imports are loaded, hence the dynamic import.
import { registerRawImports } from './cli/raw-imports.ts';

registerRawImports();
await import('./cli/main.ts');
