import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  stories: ['../*.mdx', '../*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  // Mock Service Worker's worker script, served at the root so that it controls the story pages.
  staticDirs: ['../public'],
  // The stories render the built packages (what npm users get), so the build needs no decorator set-up.
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
};

export default config;
