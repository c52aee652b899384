import { expect, waitUntil } from '@open-wc/testing';
import React from 'react';
import ReactDOMClient from 'react-dom/client';
import { MemoryAdapter } from '../../src/adapters/index.js';
import '../../src/index.js';
import type { PortalMessageComposer } from '../../src/components/messages/messages.js';
import type { PortalNote } from '../../src/components/notes/notes.js';
import { deepText, typeInto, waitForElement, waitForText } from './frame.js';

// React 19 warns unless tests say they run inside act().
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const h = React.createElement;
/** React.act: its typings say `void` for a sync callback, but it returns a thenable to await. */
const act = (fn: () => void): PromiseLike<void> => React.act(fn) as unknown as PromiseLike<void>;

describe('React 19 host', function () {
  this.timeout(15000);
  let container: HTMLDivElement;
  let root: ReactDOMClient.Root;

  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
    root = ReactDOMClient.createRoot(container);
  });

  afterEach(async () => {
    await act(() => root.unmount());
    container.remove();
  });

  it('sets the adapter property, attributes and listens to portal-* events from props', async () => {
    const adapter = new MemoryAdapter(undefined, { latencyMs: 0 });
    const changes: string[] = [];
    await act(() =>
      root.render(
        h('portal-message-composer', {
          adapter,
          'emergency-policy': 'warn',
          'onportal-urgency-change': (e: Event) => changes.push((e as CustomEvent<{ level: string }>).detail.level),
        }),
      ),
    );
    const composer = container.querySelector<PortalMessageComposer>('portal-message-composer')!;
    // A property, not an attribute: React 19 sets props the element defines as properties.
    expect(composer.adapter).to.equal(adapter);
    expect(composer.hasAttribute('adapter')).to.equal(false);
    expect(composer.emergencyPolicy).to.equal('warn');

    const body = await waitForElement<HTMLTextAreaElement>(composer, 'textarea');
    typeInto(body, 'I have crushing chest pain');
    await waitUntil(() => changes.includes('emergency'), 'React never received portal-urgency-change');
    await waitForText(composer, '911');
  });

  it('renders a note from the note-id attribute inside a provider given an adapter property', async () => {
    const adapter = new MemoryAdapter(undefined, { latencyMs: 0 });
    await act(() => root.render(h('portal-provider', { adapter }, h('portal-note', { 'note-id': 'note-care-plan' }))));
    const note = container.querySelector<PortalNote>('portal-note')!;
    expect(note.noteId).to.equal('note-care-plan');
    await waitForText(note, 'My medicines');
  });

  it('updates properties on re-render and removes event listeners on unmount', async () => {
    const first = new MemoryAdapter(undefined, { latencyMs: 0 });
    const second = new MemoryAdapter(undefined, { latencyMs: 0 });
    const seen: string[] = [];
    const onOpened = (e: Event) => seen.push((e as CustomEvent<{ id: string }>).detail.id);
    await act(() => root.render(h('portal-note', { adapter: first, 'note-id': 'note-care-plan', 'onportal-note-opened': onOpened })));
    const note = container.querySelector<PortalNote>('portal-note')!;
    await waitUntil(() => seen.includes('note-care-plan'), 'portal-note-opened never reached React');
    await act(() => root.render(h('portal-note', { adapter: second, 'note-id': 'note-avs', 'onportal-note-opened': onOpened })));
    expect(note.adapter).to.equal(second);
    await waitUntil(() => seen.includes('note-avs'), 'the second note never opened');
    expect(deepText(note)).to.include('After-visit summary');
  });
});
