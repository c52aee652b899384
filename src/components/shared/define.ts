/**
 * Registers a custom element only if its tag is still free, so two copies of the
 * library on one page (two vendors, or the bundle plus an npm build) never throw.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return;
  if (!customElements.get(tag)) customElements.define(tag, ctor);
}
