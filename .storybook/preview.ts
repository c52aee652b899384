import type { Decorator, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import { html } from 'lit';
import { setLocale } from '../src/i18n/localization.js';

// API tables (attributes, properties, events, parts, CSS properties) come from the JSDoc
// on the element classes, through custom-elements.json (`npm run analyze`).
setCustomElementsManifest(manifest);

/** Locale and theme switchers in the toolbar; every story renders inside them. */
const withLocaleAndTheme: Decorator = (story, context) => {
  const locale = (context.globals.locale as string | undefined) ?? 'en';
  const theme = (context.globals.theme as string | undefined) ?? 'light';
  void setLocale(locale);
  const scheme = theme === 'dark' ? 'dark' : theme === 'auto' ? 'light dark' : 'light';
  const bg = theme === 'dark' ? '#101316' : '#ffffff';
  return html`<div
    lang=${locale}
    style="--portal-color-scheme:${scheme};color-scheme:${scheme};background:${theme === 'auto' ? 'Canvas' : bg};padding:1rem;min-height:100%;"
  >
    ${story()}
  </div>`;
};

const preview: Preview = {
  tags: ['autodocs'],
  decorators: [withLocaleAndTheme],
  globalTypes: {
    locale: {
      description: 'Language',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'es', title: 'Español' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Colour scheme',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
          { value: 'auto', title: 'Follow system' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en', theme: 'light' },
  parameters: {
    a11y: { test: 'error' },
    controls: { expanded: true },
  },
};
export default preview;
