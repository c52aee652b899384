import { str } from '@lit/localize';
import type { LocaleTemplates } from '../templates.js';

/** Spanish strings for the urgency widgets (ids start with `urgency.`). */
export const urgency: LocaleTemplates = {
  'urgency.emergency.title': 'Esto puede ser una emergencia',
  'urgency.emergency.action': str`Llame al ${0} o vaya a la sala de emergencias más cercana ahora.`,
  'urgency.noWait.message': 'No espere una respuesta.',
  'urgency.noWait.appointment': 'No espere a una cita.',
  'urgency.crisis.title': 'Hay ayuda disponible ahora mismo',
  'urgency.crisis.name.us': 'Línea de Prevención del Suicidio y Crisis',
  'urgency.crisis.callOrText': str`Llame o envíe un mensaje de texto al ${0}${1}.`,
  'urgency.crisis.callAndText': str`Llame al ${0} o envíe un mensaje de texto al ${1}${2}.`,
  'urgency.crisis.call': str`Llame al ${0}${1}.`,
  'urgency.crisis.support': 'Puede hablar con alguien ahora, a cualquier hora.',
  'urgency.crisis.spanish988': 'Para recibir ayuda en español, marque 2.',
  'urgency.harmOthers': str`Si siente que podría hacerle daño a alguien, llame al ${0} para hablar con alguien ahora. Si alguien está en peligro, llame al ${1}.`,
  'urgency.poison': str`Si se trata de una intoxicación o una sobredosis, también puede llamar al Centro de Toxicología al ${0}.`,
  'urgency.urgent.title': 'Esto puede necesitar atención hoy',
  'urgency.urgent.callClinicAt': str`Llame hoy a su clínica al ${0}.`,
  'urgency.urgent.callClinic': 'Llame hoy a su clínica.',
  'urgency.urgent.why': 'Es posible que nadie lea su mensaje a tiempo.',
  'urgency.urgent.advice': str`También puede llamar al ${0} para pedir consejo médico.`,
  'urgency.urgent.worse': str`Si empeora, llame al ${0}.`,
  'urgency.link.call': str`Llamar al ${0}`,
  'urgency.link.text': str`Enviar un texto al ${0}`,
  'urgency.link.callClinic': str`Llamar a la clínica: ${0}`,
  'urgency.link.poison': str`Toxicología: ${0}`,
  'urgency.acknowledge': 'No estoy teniendo una emergencia',
  'urgency.unavailable': str`No pudimos revisar si lo que escribió describe una emergencia. Si es una emergencia, llame al ${0} ahora.`,
};
