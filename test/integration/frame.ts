import { waitUntil } from '@open-wc/testing';

/** A violation recorded by test/fixtures/csp/violations.js. */
export interface Violation {
  directive: string;
  blockedURI: string;
  sample: string;
  source: string;
}

/** The window of a fixture page, with what its recorder script collected. */
export interface FixtureWindow extends Window {
  __violations?: Violation[];
  __errors: string[];
  PortalElements?: Record<string, unknown>;
}

/** Loads a fixture page in an iframe (its own document, with its own CSP) and returns its window. */
export async function loadFrame(src: string, size = { width: 1024, height: 900 }): Promise<FixtureWindow> {
  const frame = document.createElement('iframe');
  frame.width = String(size.width);
  frame.height = String(size.height);
  frame.title = src;
  const loaded = new Promise<void>((resolve) => frame.addEventListener('load', () => resolve(), { once: true }));
  // src before insertion: otherwise the initial about:blank can fire `load` first.
  frame.src = src;
  document.body.appendChild(frame);
  await loaded;
  return frame.contentWindow as FixtureWindow;
}

export function removeFrames(): void {
  document.querySelectorAll('iframe').forEach((f) => f.remove());
}

/** Every element matching `selector` in `root` and in every shadow root below it. */
export function deepQueryAll<E extends Element = HTMLElement>(root: ParentNode, selector: string): E[] {
  const found: E[] = [...root.querySelectorAll<E>(selector)];
  // Not `instanceof Element`: fixture nodes belong to the iframe's realm.
  const own = (root as Partial<Element>).shadowRoot;
  if (own) found.push(...deepQueryAll<E>(own, selector));
  for (const el of root.querySelectorAll('*')) {
    if (el.shadowRoot) found.push(...deepQueryAll<E>(el.shadowRoot, selector));
  }
  return found;
}

/** Text of an element including its shadow roots (slotted light DOM counted once). */
export function deepText(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  if (node.nodeType !== Node.ELEMENT_NODE && node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE && node.nodeType !== Node.DOCUMENT_NODE) return '';
  let text = '';
  const el = node as Element;
  if (node.nodeType === Node.ELEMENT_NODE && el.shadowRoot) text += deepText(el.shadowRoot);
  for (const child of node.childNodes) text += deepText(child);
  return text;
}

/** Waits until `text` shows anywhere inside `node` (shadow roots included). */
export async function waitForText(node: Node, text: string | RegExp, message?: string, timeout = 6000): Promise<void> {
  const matches = () => {
    const t = deepText(node).replace(/\s+/g, ' ');
    return typeof text === 'string' ? t.includes(text) : text.test(t);
  };
  await waitUntil(matches, message ?? `never showed “${String(text)}”`, { timeout, interval: 25 });
}

/** Waits for the first element matching `selector` (shadow roots included). */
export async function waitForElement<E extends Element = HTMLElement>(root: ParentNode, selector: string, timeout = 6000): Promise<E> {
  let found: E | undefined;
  await waitUntil(() => (found = deepQueryAll<E>(root, selector)[0]) !== undefined, `no ${selector}`, { timeout, interval: 25 });
  return found!;
}

/** Types into a textarea or input as a user would, from the point of view of its listeners. */
export function typeInto(field: HTMLTextAreaElement | HTMLInputElement, text: string): void {
  field.focus();
  field.value = text;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: text }));
}
