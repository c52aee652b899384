import { defineElement } from '../shared/define.js';
import type { PortalErrorDetail } from '../shared/events.js';
import {
  PortalUrgencyNotice, type UrgencyAcknowledgedDetail, type UrgencyNoticeContext,
} from './urgency-notice.component.js';

export { PortalUrgencyNotice };
export type { UrgencyAcknowledgedDetail, UrgencyNoticeContext, PortalErrorDetail };
export { REGION_NUMBERS, type RegionCode } from './regions.js';

defineElement('portal-urgency-notice', PortalUrgencyNotice);

declare global {
  interface HTMLElementTagNameMap {
    'portal-urgency-notice': PortalUrgencyNotice;
  }
  interface GlobalEventHandlersEventMap {
    'portal-urgency-acknowledged': CustomEvent<UrgencyAcknowledgedDetail>;
  }
}
