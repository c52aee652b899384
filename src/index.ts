/**
 * Portal Elements: registers every element and re-exports the core logic, the
 * adapters and the element classes. For one widget only, import its entry
 * (`portal-elements/notes`, `/results`, `/messages`, `/appointments`, `/provider`).
 */
export * from './core/index.js';
export * from './adapters/index.js';
export { PortalProvider, setLocale, getLocale } from './components/provider/provider.js';
export { PortalNotes, PortalNote, EXPLAIN_TERMS_STORAGE_KEY, TRUSTED_TYPES_POLICY_NAME } from './components/notes/notes.js';
export type { NoteOpenedDetail, NoteClosedDetail } from './components/notes/notes.js';
export { PortalResults, PortalResultPreferences, defaultResultPreferences } from './components/results/results.js';
export type { ResultEventDetail, PreferencesChangedDetail } from './components/results/results.js';
export { PortalMessageComposer, PortalMessages } from './components/messages/messages.js';
export type { MessageSentDetail, UrgencyChangeDetail, PortalMessagesEventMap } from './components/messages/messages.js';
export { PortalAppointmentRequest } from './components/appointments/appointments.js';
export type { AppointmentRequestEventDetail, PortalAppointmentsEventMap } from './components/appointments/appointments.js';
export { PortalUrgencyNotice, REGION_NUMBERS } from './components/urgency/urgency-notice.js';
export type { RegionCode, UrgencyAcknowledgedDetail } from './components/urgency/urgency-notice.js';
export { PortalElement } from './components/shared/portal-element.js';
export { defineElement } from './components/shared/define.js';
export { preloadModules } from './lazy/modules.js';
export type { LazyModuleName } from './lazy/modules.js';
export type { ComposeRequestDetail, PortalErrorDetail, UrgencyChangeEventDetail } from './components/shared/events.js';
export type { PortalConfig } from './context/contexts.js';
