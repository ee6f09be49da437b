import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	server: { fs: { allow: ['questions'] } },
	test: {
		include: ['src/**/*.spec.ts'],
		environment: 'node'
	}
});
