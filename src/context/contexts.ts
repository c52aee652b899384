import { createContext } from '@lit/context';
import type { PortalAdapter, RegionalNumbers } from '../adapters/types.js';

/** The adapter every element inside a `<portal-provider>` reads and writes through. */
export const adapterContext = createContext<PortalAdapter | undefined>(Symbol.for('portal-elements/adapter'));

/** Page-wide settings a provider shares with its elements. */
export interface PortalConfig {
  /** Overrides for emergency and crisis numbers (otherwise from the messaging policy). */
  numbers?: Partial<RegionalNumbers>;
  /** Region preset for numbers: `us`, `uk`, `es`. */
  region?: string;
}

export const configContext = createContext<PortalConfig>(Symbol.for('portal-elements/config'));
