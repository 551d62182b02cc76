// Build step: links Expressive Code's stylesheet from each page's head (see src/lib/hoist-styles.ts).
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { hoistCodeStylesheet } from '../lib/hoist-styles.ts';

export function hoistCodeStyles(): AstroIntegration {
  return {
    name: 'w403:hoist-code-styles',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const root = fileURLToPath(dir);
        const entries = await readdir(root, { withFileTypes: true, recursive: true });
        for (const entry of entries.filter((e) => e.isFile() && e.name.endsWith('.html'))) {
          const file = join(entry.parentPath, entry.name);
          const html = await readFile(file, 'utf8');
          const hoisted = hoistCodeStylesheet(html);
          if (hoisted !== html) await writeFile(file, hoisted);
        }
      },
    },
  };
}
