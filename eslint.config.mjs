// @ts-check
// ESLint as Starlight's repository configures it (its eslint.config.mjs): ESLint's and
// typescript-eslint's recommended rules with type information, formatting left to Prettier.
// Added here: eslint-plugin-astro for the .astro files (Starlight does not lint its own), and
// browser globals for the custom elements.
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import eslint from '@eslint/js';
import tseslint from 'typescript-eslint';
import { globalIgnores } from 'eslint/config';
import globals from 'globals';
import astro from 'eslint-plugin-astro';
import prettierConfig from 'eslint-config-prettier';

export default tseslint.config(
	// Hidden files and folders, type declarations, builds, fixtures (real logs and stubs) and public files.
	globalIgnores([
		'**/.*',
		'**/*.d.ts',
		'dist/',
		'dist-subpath/',
		'node_modules/',
		'test/fixtures/',
		'public/',
		'bench/.tmp/',
	]),
	{ languageOptions: { globals: { ...globals.nodeBuiltin } } },
	eslint.configs.recommended,
	tseslint.configs.recommendedTypeChecked,
	{
		languageOptions: {
			parserOptions: {
				projectService: true,
				tsconfigRootDir: dirname(fileURLToPath(import.meta.url)),
				extraFileExtensions: ['.astro'],
			},
		},
	},
	{ files: ['**/*.js', '**/*.cjs', '**/*.mjs'], extends: [tseslint.configs.disableTypeChecked] },
	// .astro front matter and templates: the plugin's rules, without type information (the
	// project service does not read .astro files; `astro check` type-checks them).
	...astro.configs.recommended,
	{ files: ['**/*.astro'], extends: [tseslint.configs.disableTypeChecked] },
	// The custom elements and page scripts run in the browser.
	{
		files: ['src/components/*.ts', 'src/pages/**/*.ts'],
		languageOptions: { globals: { ...globals.browser } },
	},
	prettierConfig,
	{
		rules: {
			'@typescript-eslint/unbound-method': 'off',
			'no-empty': ['error', { allowEmptyCatch: true }],
			'@typescript-eslint/no-unused-vars': [
				'error',
				{
					ignoreRestSiblings: true,
					destructuredArrayIgnorePattern: '^_',
					varsIgnorePattern: '^_',
					argsIgnorePattern: '^_',
				},
			],
			'@typescript-eslint/no-explicit-any': ['error', { ignoreRestArgs: true }],
			'@typescript-eslint/no-duplicate-type-constituents': 'off',
			'@typescript-eslint/no-redundant-type-constituents': 'off',
		},
	}
);
