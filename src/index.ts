/**
 * Portal Elements: registers every element and re-exports the core logic, the
 * adapters and the element classes. For one widget only, import its entry
 * (`portal-elements/notes`, `/results`, `/messages`, `/appointments`, `/provider`).
 */
export * from './core/index.js';
export * from './adapters/index.js';
export { PortalProvider, setLocale, getLocale } from './components/provider/provider.js';
export { PortalNotes, PortalNote } from './components/notes/notes.js';
export { PortalResults, PortalResultPreferences } from './components/results/results.js';
export { PortalMessageComposer, PortalMessages } from './components/messages/messages.js';
export { PortalAppointmentRequest } from './components/appointments/appointments.js';
export { PortalUrgencyNotice } from './components/urgency/urgency-notice.js';
export { PortalElement } from './components/shared/portal-element.js';
export { defineElement } from './components/shared/define.js';
export type { ComposeRequestDetail, PortalErrorDetail } from './components/shared/events.js';
export type { PortalConfig } from './context/contexts.js';
