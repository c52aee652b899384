// Type-level checks of the generated framework declarations (src/frameworks/*.ts).
// Checked by `npm run typecheck` (tsc); not a browser test. Each @ts-expect-error
// line must stay an error, or tsc fails.
import type { GlobalComponents } from 'vue';
import type { JSX } from 'react';
import type { MemoryAdapter } from '../../src/adapters/index.js';
import '../../src/frameworks/react.js';
import '../../src/frameworks/vue.js';

declare const adapter: MemoryAdapter;

type Intrinsic = JSX.IntrinsicElements;

export const reactComposer: Intrinsic['portal-message-composer'] = {
  adapter,
  'emergency-policy': 'acknowledge',
  maxLength: 2000,
  className: 'wide',
  'aria-label': 'Write to your care team',
  'onportal-message-sent': (e) => e.detail.message.id,
  'onportal-urgency-change': (e) => e.type,
};

export const reactProvider: Intrinsic['portal-provider'] = {
  demo: true,
  locale: 'es',
  getAccessToken: () => 'token',
};

export const reactNote: Intrinsic['portal-note'] = { 'note-id': 'n1', 'onportal-note-opened': (e) => e.detail.id };

// @ts-expect-error emergency-policy is 'warn' | 'acknowledge'
export const badPolicy: Intrinsic['portal-message-composer'] = { 'emergency-policy': 'sometimes' };
// @ts-expect-error the adapter is an object, not a string
export const badAdapter: Intrinsic['portal-results'] = { adapter: 'memory' };
// @ts-expect-error the detail of portal-note-opened is { id }, not a number
export const badListener: Intrinsic['portal-note'] = { 'onportal-note-opened': (e: CustomEvent<number>) => e.detail };

type VueProps<K extends keyof GlobalComponents> = GlobalComponents[K] extends new (...args: never[]) => { $props: infer P } ? P : never;

export const vueComposer: VueProps<'portal-message-composer'> = {
  adapter,
  emergencyPolicy: 'warn',
  onPortalMessageSent: (e) => e.detail.message.id,
};
// @ts-expect-error Vue listener props are camelCased: onPortalUrgencyChange
export const vueBadListener: VueProps<'portal-message-composer'> = { 'onportal-urgency-change': () => undefined };
