// Writes docs/api-reference.md from custom-elements.json (made by `npm run analyze`
// from the JSDoc on the element classes). `npm run docs:api` runs both steps.
// scripts/check-docs.mjs imports renderApiReference() to prove the committed file is
// current, so the output must depend on the manifest only: no dates, no machine paths.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const manifestPath = resolve(root, 'custom-elements.json');
export const referencePath = resolve(root, 'docs/api-reference.md');

// Static members Lit and the browser read; not part of an element's own API.
const PLATFORM_STATICS = new Set(['styles', 'shadowRootOptions', 'properties', 'formAssociated', 'observedAttributes']);

/** Custom elements declared in the manifest (those with a tag), sorted by tag. */
export function elementsOf(manifest) {
  const found = [];
  for (const mod of manifest.modules ?? []) {
    for (const decl of mod.declarations ?? []) {
      if (decl.customElement && decl.tagName) found.push({ ...decl, modulePath: mod.path });
    }
  }
  return found.sort((a, b) => a.tagName.localeCompare(b.tagName, 'en'));
}

const isPublic = (member) => (member.privacy ?? 'public') === 'public' && !member.name.startsWith('#');

/** Public instance (and non-platform static) fields, in source order. */
export function publicFields(element) {
  return (element.members ?? []).filter(
    (m) => m.kind === 'field' && isPublic(m) && !(m.static && PLATFORM_STATICS.has(m.name)),
  );
}

export function publicMethods(element) {
  return (element.members ?? []).filter((m) => m.kind === 'method' && isPublic(m) && !(m.static && PLATFORM_STATICS.has(m.name)));
}

/** Attributes, including any that no property backs. */
export function attributesOf(element) {
  return element.attributes ?? [];
}

/** One line of text for a table cell: whitespace collapsed, pipes escaped. */
function cell(text) {
  const flat = String(text ?? '').replace(/\s+/g, ' ').trim();
  return flat ? flat.replace(/\|/g, '\\|') : '—';
}

function code(text) {
  if (text === undefined || text === null || String(text).trim() === '') return '—';
  const flat = String(text).replace(/\s+/g, ' ').trim().replace(/\|/g, '\\|');
  return flat.includes('`') ? `\`\` ${flat} \`\`` : `\`${flat}\``;
}

/**
 * The @fires convention is "What happened. detail: { id }" (the detail may be in
 * backticks). Splits that into the detail type and the rest of the sentence; an
 * explicit @fires {Type} wins when it says more than CustomEvent.
 */
export function splitEventDetail(event) {
  const description = String(event.description ?? '').replace(/\s+/g, ' ').trim();
  const typed = event.type?.text;
  const explicit = typed && !/^(Custom)?Event$/.test(typed) ? typed : undefined;
  const at = description.search(/\bdetail:\s*/i);
  if (at < 0) return { detail: explicit, description };
  const after = description.slice(at).replace(/^detail:\s*/i, '');
  let detail;
  let rest;
  if (after.startsWith('`')) {
    const end = after.indexOf('`', 1);
    detail = end > 0 ? after.slice(1, end) : after.slice(1);
    rest = end > 0 ? after.slice(end + 1) : '';
  } else if (after.startsWith('{')) {
    let depth = 0;
    let end = after.length;
    for (let i = 0; i < after.length; i++) {
      if (after[i] === '{') depth++;
      if (after[i] === '}' && --depth === 0) {
        end = i + 1;
        break;
      }
    }
    detail = after.slice(0, end);
    rest = after.slice(end);
  } else {
    const match = /^([^\s.]+)(.*)$/.exec(after);
    detail = match?.[1];
    rest = match?.[2] ?? '';
  }
  const before = description.slice(0, at).trim();
  const tail = rest.trim().replace(/^[.;,]\s*/, '');
  return { detail: explicit ?? detail, description: [before, tail].filter(Boolean).join(' ') };
}

function signature(method) {
  const params = (method.parameters ?? [])
    .map((p) => `${p.rest ? '...' : ''}${p.name}${p.optional ? '?' : ''}${p.type?.text ? `: ${p.type.text}` : ''}`)
    .join(', ');
  const returns = method.return?.type?.text;
  return `${method.static ? 'static ' : ''}${method.name}(${params})${returns ? `: ${returns}` : ''}`;
}

function table(headers, rows) {
  return [`| ${headers.join(' | ')} |`, `|${headers.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)];
}

function section(element) {
  const out = [];
  const tag = element.tagName;
  out.push(`## \`<${tag}>\``, '');
  out.push(`Class \`${element.name}\`, defined in \`${element.modulePath}\`.`, '');
  const summary = String(element.summary ?? '').trim();
  const description = String(element.description ?? '').trim();
  if (summary) out.push(summary, '');
  if (description && description !== summary) out.push(description, '');

  const fields = publicFields(element);
  const attributes = attributesOf(element);
  const byField = new Map(attributes.filter((a) => a.fieldName).map((a) => [a.fieldName, a]));
  const rows = fields.map((f) => {
    const attr = byField.get(f.name);
    const notes = [f.readonly ? '(read-only)' : '', f.inheritedFrom ? `(from \`${f.inheritedFrom.name}\`)` : '']
      .filter(Boolean)
      .join(' ');
    return [
      code(`${f.static ? 'static ' : ''}${f.name}`),
      attr ? code(attr.name) : '—',
      code(f.type?.text ?? attr?.type?.text),
      code(f.default ?? attr?.default),
      cell([f.description, notes].filter(Boolean).join(' ')),
    ];
  });
  const fieldNames = new Set(fields.map((f) => f.name));
  for (const a of attributes) {
    if (a.fieldName && fieldNames.has(a.fieldName)) continue;
    rows.push(['—', code(a.name), code(a.type?.text), code(a.default), cell(a.description)]);
  }
  out.push('### Attributes and properties', '');
  if (rows.length) out.push(...table(['Property', 'Attribute', 'Type', 'Default', 'Description'], rows), '');
  else out.push('None.', '');

  const events = element.events ?? [];
  out.push('### Events', '');
  if (events.length) {
    out.push(
      ...table(
        ['Event', 'Detail', 'Description'],
        events.map((e) => {
          const { detail, description: text } = splitEventDetail(e);
          return [code(e.name), code(detail), cell(text)];
        }),
      ),
      '',
    );
  } else out.push('None.', '');

  const slots = element.slots ?? [];
  out.push('### Slots', '');
  if (slots.length) out.push(...table(['Slot', 'Description'], slots.map((s) => [s.name ? code(s.name) : '(default)', cell(s.description)])), '');
  else out.push('None.', '');

  const parts = element.cssParts ?? [];
  out.push('### CSS parts', '');
  if (parts.length) out.push(...table(['Part', 'Description'], parts.map((p) => [code(p.name), cell(p.description)])), '');
  else out.push('None.', '');

  const props = element.cssProperties ?? [];
  out.push('### CSS custom properties', '');
  if (props.length) {
    // `@cssprop [--name=default]` fills the default; most of ours say it in the description.
    const withDefault = props.some((p) => p.default !== undefined);
    const headers = withDefault ? ['Property', 'Default', 'Description'] : ['Property', 'Description'];
    const rows = props.map((p) => (withDefault ? [code(p.name), code(p.default), cell(p.description)] : [code(p.name), cell(p.description)]));
    out.push(...table(headers, rows), '');
  } else out.push('None.', '');

  const methods = publicMethods(element);
  out.push('### Methods', '');
  if (methods.length) out.push(...table(['Method', 'Description'], methods.map((m) => [code(signature(m)), cell(m.description)])), '');
  else out.push('None.', '');
  return out;
}

/** The whole of docs/api-reference.md for a manifest. Pure: same manifest, same text. */
export function renderApiReference(manifest) {
  const elements = elementsOf(manifest);
  const out = [
    '# API reference',
    '',
    '<!-- Generated by scripts/docs-api.mjs from custom-elements.json. Do not edit by hand: change the JSDoc on the element class, then run `npm run docs:api`. -->',
    '',
    'Every public attribute, property, event, slot, CSS part, CSS custom property and method of',
    'each element, generated from the JSDoc on the element classes (`@summary`, `@fires`, `@slot`,',
    '`@csspart`, `@cssprop`) and their Lit properties. The widget pages explain how to use them;',
    'see the [documentation index](README.md). Every `portal-*` event bubbles and crosses shadow',
    'roots (`composed`); `detail` is described in the Detail column.',
    '',
    ...elements.map((e) => `- [\`<${e.tagName}>\`](#${e.tagName})`),
    '',
  ];
  for (const element of elements) out.push(...section(element));
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

export function readManifest(path = manifestPath) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`Cannot read ${path} (${error.message}). Run \`npm run analyze\` first.`, { cause: error });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  writeFileSync(referencePath, renderApiReference(readManifest()));
  console.log(`Wrote ${referencePath.slice(root.length + 1)}`);
}
