// Vue must leave <qmi-…> tags to the browser: they are custom elements, not Vue components.
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [
    vue({
      template: {
        compilerOptions: {
          isCustomElement: (tag) => tag.startsWith('qmi-'),
        },
      },
    }),
  ],
});
