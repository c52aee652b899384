import type { ItemReference, MessageTopic } from '../../adapters/types.js';

/**
 * Detail of `portal-compose-request`: any widget asks for a message about an item
 * ("Ask about this note", "Message my care team about this result"). A
 * `<portal-messages>` or `<portal-message-composer>` on the page answers it (opens,
 * prefilled) and calls `preventDefault()`; otherwise the host page can.
 */
export interface ComposeRequestDetail {
  topic: MessageTopic;
  subject: string;
  body?: string;
  reference: ItemReference;
}

/** Detail of `portal-error`: something failed that the host may want to log or handle (e.g. sign-in on `auth`). */
export interface PortalErrorDetail {
  kind: string;
  message: string;
  /** What the element was doing, e.g. `listNotes`. */
  operation?: string;
}

/** Detail of `portal-urgency-change` (composer and appointment request): the level changed. */
export interface UrgencyChangeEventDetail {
  level: 'emergency' | 'urgent' | 'routine';
  /** What was found, e.g. `cardiac`, `self-harm`. */
  categories: string[];
}

export const COMPOSE_REQUEST_EVENT = 'portal-compose-request';

declare global {
  interface GlobalEventHandlersEventMap {
    'portal-compose-request': CustomEvent<ComposeRequestDetail>;
    'portal-error': CustomEvent<PortalErrorDetail>;
    'portal-urgency-change': CustomEvent<UrgencyChangeEventDetail>;
  }
}
