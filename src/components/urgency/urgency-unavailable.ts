import { msg, str } from '@lit/localize';

/**
 * The kind words to show when the urgency engine could not load: the patient can
 * still go on. Its own module, so a form that renders lazily takes it along.
 */
export function urgencyUnavailableText(emergencyNumber: string): string {
  return msg(str`We could not check what you wrote for signs of an emergency. If this is an emergency, call ${emergencyNumber} now.`, {
    id: 'urgency.unavailable',
  });
}
