import { defineElement } from '../shared/define.js';
import { PortalProvider } from './provider.component.js';

export { PortalProvider };
export { setLocale, getLocale } from '../../i18n/localization.js';

defineElement('portal-provider', PortalProvider);

declare global {
  interface HTMLElementTagNameMap {
    'portal-provider': PortalProvider;
  }
}
