import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: {
		// Every component of the app in runes mode, so no page ships Svelte's legacy-mode runtime;
		// libraries keep the mode they were written in.
		runes: ({ filename }) => (filename.split(/[/\\]/u).includes('node_modules') ? undefined : true),
		// No `window.__svelte.v` marker: one request less on every page.
		discloseVersion: false
	},
	kit: {
		// Every page is prerendered; `strict` makes a page that cannot be prerendered fail the build.
		adapter: adapter({ pages: 'build', assets: 'build', fallback: undefined, strict: true }),
		prerender: {
			handleHttpError: 'fail',
			handleMissingId: 'fail'
		}
	}
};

export default config;
