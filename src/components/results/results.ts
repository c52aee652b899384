import { defineElement } from '../shared/define.js';
import type { ComposeRequestDetail } from '../shared/events.js';
import { PortalResultPreferences, type PreferencesChangedDetail } from './result-preferences.component.js';
import { PortalResults, type ResultEventDetail } from './results.component.js';

export { PortalResults, PortalResultPreferences };
export type { ResultEventDetail, PreferencesChangedDetail, ComposeRequestDetail };
export { defaultResultPreferences } from './result-preferences.component.js';

defineElement('portal-results', PortalResults);
defineElement('portal-result-preferences', PortalResultPreferences);

declare global {
  interface HTMLElementTagNameMap {
    'portal-results': PortalResults;
    'portal-result-preferences': PortalResultPreferences;
  }
  interface GlobalEventHandlersEventMap {
    'portal-result-opened': CustomEvent<ResultEventDetail>;
    'portal-held-result-revealed': CustomEvent<ResultEventDetail>;
    'portal-preferences-changed': CustomEvent<PreferencesChangedDetail>;
  }
}
