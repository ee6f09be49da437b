// Every page is built to static HTML; a page that cannot be fails the build (adapter `strict`).
export const prerender = true;
