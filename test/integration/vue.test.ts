import { expect, waitUntil } from '@open-wc/testing';
import { createApp, defineComponent, h, ref, type App } from 'vue';
import { MemoryAdapter } from '../../src/adapters/index.js';
import '../../src/index.js';
import type { PortalMessageComposer } from '../../src/components/messages/messages.js';
import type { PortalNote } from '../../src/components/notes/notes.js';
import { typeInto, waitForElement, waitForText } from './frame.js';

describe('Vue 3 host', function () {
  this.timeout(15000);
  let host: HTMLDivElement;
  let app: App | undefined;

  beforeEach(() => {
    host = document.createElement('div');
    document.body.append(host);
  });

  afterEach(() => {
    app?.unmount();
    app = undefined;
    host.remove();
  });

  it('compiles a template with isCustomElement, binds .adapter as a property and @portal-urgency-change', async () => {
    const adapter = new MemoryAdapter(undefined, { latencyMs: 0 });
    const levels: string[] = [];
    app = createApp({
      template: `<portal-message-composer :adapter.prop="adapter" emergency-policy="warn" @portal-urgency-change="onChange"></portal-message-composer>`,
      setup: () => ({ adapter, onChange: (e: CustomEvent<{ level: string }>) => levels.push(e.detail.level) }),
    });
    app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('portal-');
    app.mount(host);

    const composer = host.querySelector<PortalMessageComposer>('portal-message-composer')!;
    expect(composer.adapter).to.equal(adapter);
    expect(composer.hasAttribute('adapter')).to.equal(false);
    expect(composer.emergencyPolicy).to.equal('warn');
    const body = await waitForElement<HTMLTextAreaElement>(composer, 'textarea');
    typeInto(body, 'crushing chest pain');
    await waitUntil(() => levels.includes('emergency'), 'Vue never received portal-urgency-change');
    await waitForText(composer, '911');
  });

  it('works from render functions: reactive attribute and property updates reach the element', async () => {
    const adapter = new MemoryAdapter(undefined, { latencyMs: 0 });
    const noteId = ref('note-care-plan');
    const opened: string[] = [];
    app = createApp(
      defineComponent({
        setup: () => () =>
          h('portal-provider', { adapter }, [
            h('portal-note', {
              'note-id': noteId.value,
              'onPortalNoteOpened': (e: CustomEvent<{ id: string }>) => opened.push(e.detail.id),
            }),
          ]),
      }),
    );
    app.mount(host);
    const note = host.querySelector<PortalNote>('portal-note')!;
    await waitForText(note, 'My medicines');
    await waitUntil(() => opened.includes('note-care-plan'), 'the opened event never reached Vue');
    noteId.value = 'note-avs';
    await waitUntil(() => note.noteId === 'note-avs', 'the new note-id never reached the element');
    await waitUntil(() => opened.includes('note-avs'), 'the second note never opened');
  });
});
