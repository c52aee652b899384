/**
 * `portal-elements/messages`: registers `<portal-message-composer>` and
 * `<portal-messages>`. The `<portal-urgency-notice>` they show is registered
 * with the urgency engine, which the composer downloads when it appears.
 */
import { defineElement } from '../shared/define.js';
import { PortalMessageComposer, type MessageSentDetail, type UrgencyChangeDetail } from './composer.component.js';
import { PortalMessages } from './messages.component.js';

export { PortalMessageComposer, PortalMessages };
export type { EmergencyPolicy, MessageSentDetail, UrgencyChangeDetail } from './composer.component.js';

defineElement('portal-message-composer', PortalMessageComposer);
defineElement('portal-messages', PortalMessages);

/** Events the messaging elements fire (all bubble and are composed). */
export interface PortalMessagesEventMap {
  'portal-message-sent': CustomEvent<MessageSentDetail>;
  'portal-urgency-change': CustomEvent<UrgencyChangeDetail>;
  'portal-thread-opened': CustomEvent<{ id: string }>;
}

declare global {
  interface HTMLElementTagNameMap {
    'portal-message-composer': PortalMessageComposer;
    'portal-messages': PortalMessages;
  }
  interface GlobalEventHandlersEventMap {
    'portal-message-sent': CustomEvent<MessageSentDetail>;
    'portal-thread-opened': CustomEvent<{ id: string }>;
  }
}
