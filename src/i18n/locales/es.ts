// Spanish locale module for @lit/localize runtime mode. Loaded lazily by setLocale('es').
import { appointments } from '../es/appointments.js';
import { common } from '../es/common.js';
import { messages } from '../es/messages.js';
import { notes } from '../es/notes.js';
import { results } from '../es/results.js';
import { urgency } from '../es/urgency.js';

export const templates = { ...common, ...urgency, ...notes, ...results, ...messages, ...appointments };
