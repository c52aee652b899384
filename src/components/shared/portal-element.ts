import { ContextRoot, consume } from '@lit/context';
import { updateWhenLocaleChanges } from '@lit/localize';
import { LitElement } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { PortalAdapter } from '../../adapters/types.js';
import { adapterContext, configContext, type PortalConfig } from '../../context/contexts.js';

const ROOT_KEY = Symbol.for('portal-elements/context-root');
type GlobalWithRoot = typeof globalThis & { [ROOT_KEY]?: ContextRoot };

/**
 * A `ContextRoot` on the document lets an element that upgrades before its
 * `<portal-provider>` (script order, lazy loading) still receive the adapter.
 */
function ensureContextRoot(): void {
  const g = globalThis as GlobalWithRoot;
  if (g[ROOT_KEY] || typeof document === 'undefined') return;
  const root = new ContextRoot();
  root.attach(document.documentElement);
  g[ROOT_KEY] = root;
}

/** Options for `emit()`. */
export interface EmitOptions {
  cancelable?: boolean;
}

/**
 * Built outside the class so the Custom Elements Manifest analyzer does not list a
 * bogus event called `name` on every element: each element documents its own `@fires`.
 */
function portalEvent<T>(name: string, detail: T, options: EmitOptions): CustomEvent<T> {
  return new CustomEvent<T>(name, { detail, bubbles: true, composed: true, cancelable: options.cancelable ?? false });
}

/**
 * Base class of every Portal Elements widget: the adapter (own property first,
 * then the nearest `<portal-provider>`), page config, live locale switching and a
 * typed `emit()` for `portal-*` events (bubbling, composed).
 */
export class PortalElement extends LitElement {
  /** The data adapter. Wins over the one a surrounding `<portal-provider>` offers. */
  @property({ attribute: false }) adapter?: PortalAdapter;

  /** The adapter from the nearest `<portal-provider>`, if any. */
  @consume({ context: adapterContext, subscribe: true })
  @state()
  protected contextAdapter?: PortalAdapter;

  /** Page-wide settings from the nearest `<portal-provider>`. */
  @consume({ context: configContext, subscribe: true })
  @state()
  protected config: PortalConfig = {};

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    ensureContextRoot();
  }

  /** The adapter this element uses: its own `adapter` property, else the provider's. */
  get resolvedAdapter(): PortalAdapter | undefined {
    return this.adapter ?? this.contextAdapter;
  }

  /** Dispatches a bubbling, composed CustomEvent. Returns false if a listener called preventDefault(). */
  protected emit<T>(name: string, detail: T, options: EmitOptions = {}): boolean {
    return this.dispatchEvent(portalEvent(name, detail, options));
  }
}
