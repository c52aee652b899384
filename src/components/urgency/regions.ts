import type { RegionalNumbers } from '../../adapters/types.js';

/** Region presets for the numbers the urgency notice offers. Hosts can override any field. */
export const REGION_NUMBERS = {
  /** United States: 911, the 988 Suicide & Crisis Lifeline (call or text), Poison Control. */
  us: {
    emergency: '911',
    crisis: '988',
    crisisText: '988',
    crisisName: '988 Suicide & Crisis Lifeline',
    poison: '1-800-222-1222',
  },
  /** United Kingdom: 999, NHS 111 for advice, Samaritans 116 123. */
  uk: {
    emergency: '999',
    crisis: '116 123',
    crisisName: 'Samaritans',
    advice: '111',
  },
  /** Spain: 112, the 024 suicide-prevention line, Servicio de Información Toxicológica. */
  es: {
    emergency: '112',
    crisis: '024',
    crisisName: 'Línea 024',
    poison: '91 562 04 20',
  },
} as const satisfies Record<string, RegionalNumbers>;

export type RegionCode = keyof typeof REGION_NUMBERS;

export function isRegionCode(code: string | undefined): code is RegionCode {
  return code !== undefined && Object.prototype.hasOwnProperty.call(REGION_NUMBERS, code);
}

/** `tel:`/`sms:` target for a printed number ("1-800-222-1222" → "18002221222"). */
export function dialable(number: string): string {
  const plus = number.trim().startsWith('+') ? '+' : '';
  return plus + number.replace(/[^0-9]/g, '');
}

/**
 * The emergency number a widget prints when it cannot show the urgency notice itself:
 * the page's numbers, then the region preset, then the clinic's policy, then 911 —
 * the same order `<portal-urgency-notice>` uses.
 */
export function emergencyNumberFor(
  config: { numbers?: Partial<RegionalNumbers>; region?: string },
  clinic?: Partial<RegionalNumbers>,
): string {
  const region = config.region;
  return config.numbers?.emergency || (isRegionCode(region) ? REGION_NUMBERS[region].emergency : undefined) || clinic?.emergency || REGION_NUMBERS.us.emergency;
}
