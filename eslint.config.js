import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } }
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		// The pipeline and the exporters must run in the browser too: keep Node's file system out.
		files: ['src/lib/pipeline/**/*.ts', 'src/lib/export/**/*.ts'],
		// Tests and their fixture loaders read files; the code itself never does.
		ignores: [
			'**/*.spec.ts',
			'src/lib/pipeline/ingest/fixture-view.ts',
			'src/lib/export/testing/**'
		],
		rules: {
			'no-restricted-imports': [
				'error',
				{ patterns: ['node:*', 'fs', 'path', 'svelte', 'svelte/*', '$app/*'] }
			]
		}
	},
	{
		ignores: ['build/', '.svelte-kit/', 'node_modules/', 'test-results/', 'playwright-report/']
	}
);
