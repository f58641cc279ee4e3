// Svelte 5 leaves <qmi-…> tags to the browser by itself (a tag with a dash is a custom element): the
// plugin needs no option for them.
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [svelte()],
});
