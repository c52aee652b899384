// Keeps the docs honest against custom-elements.json (`npm run check:docs`, part of
// `npm test`; it runs `npm run analyze` first). Fails when:
//  1. docs/api-reference.md is not what scripts/docs-api.mjs would write now;
//  2. a widget page (a docs page whose title names `<portal-…>` elements) does not
//     mention, in backticks, every attribute, event, CSS part and CSS custom property
//     (and own public property and method) the manifest lists for those elements, or
//     does not link to their reference;
//  3. an element in the manifest has no widget page;
//  4. a page in docs/ is not linked from docs/README.md, or a link between docs pages
//     (or to an api-reference.md anchor) is broken.
// It also warns (without failing) about names a page lists that the manifest does not
// have, and about JSDoc that the analyzer misread; both usually mean the component's
// JSDoc needs a fix rather than the page.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { elementsOf, publicFields, publicMethods, readManifest, referencePath, renderApiReference } from './docs-api.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const docsDir = resolve(root, 'docs');
const rel = (path) => relative(root, path);

const errors = new Map(); // file -> messages
const warnings = new Map();
const report = (bucket, file, message) => {
  if (!bucket.has(file)) bucket.set(file, []);
  bucket.get(file).push(message);
};

// An optional path argument checks another manifest (used to try the check itself).
const manifest = readManifest(process.argv[2] ? resolve(process.argv[2]) : undefined);
const elements = elementsOf(manifest);
const byTag = new Map(elements.map((e) => [e.tagName, e]));

// 0. Every element class is known to the manifest by its tag (a JSDoc block between the
//    class's own block and the class hides @tagname, @summary and @fires from the analyzer).
for (const mod of manifest.modules ?? []) {
  if (!/\.component\.ts$/.test(mod.path ?? '')) continue;
  for (const decl of mod.declarations ?? []) {
    if (decl.kind === 'class' && !decl.tagName) {
      report(errors, mod.path, `class \`${decl.name}\` has no @tagname in the manifest: keep its JSDoc block (with @tagname and @summary) directly above the class.`);
    }
  }
}

// 1. The generated reference is current.
const expected = renderApiReference(manifest);
const referenceFile = rel(referencePath);
if (!existsSync(referencePath)) {
  report(errors, referenceFile, 'is missing. Run `npm run docs:api` and commit docs/api-reference.md.');
} else {
  const actual = readFileSync(referencePath, 'utf8');
  if (actual !== expected) {
    const sections = (text) => {
      const map = new Map();
      let name = '(introduction)';
      for (const line of text.split('\n')) {
        const m = /^## `<([^>]+)>`/.exec(line);
        if (m) name = `<${m[1]}>`;
        map.set(name, `${map.get(name) ?? ''}${line}\n`);
      }
      return map;
    };
    const want = sections(expected);
    const have = sections(actual);
    const changed = [...new Set([...want.keys(), ...have.keys()])]
      .filter((k) => want.get(k) !== have.get(k))
      .map((k) => (!have.has(k) ? `${k} (new)` : !want.has(k) ? `${k} (no longer in the manifest)` : k));
    const wantLines = expected.split('\n');
    const haveLines = actual.split('\n');
    let line = 0;
    while (line < wantLines.length && wantLines[line] === haveLines[line]) line++;
    report(
      errors,
      referenceFile,
      `is out of date with the JSDoc on the element classes (sections that differ: ${changed.join(', ')}). ` +
        `First difference at line ${line + 1}:\n      now:      ${JSON.stringify(haveLines[line] ?? '(end of file)')}\n      expected: ${JSON.stringify(wantLines[line] ?? '(end of file)')}\n` +
        '    Run `npm run docs:api` and commit the result (never edit this file by hand).',
    );
  }
}

// Markdown helpers. Fenced code blocks are skipped: a name used in an example does not
// document it.
function proseLines(text) {
  const out = [];
  let fenced = false;
  for (const line of text.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) {
      fenced = !fenced;
      out.push('');
      continue;
    }
    out.push(fenced ? '' : line);
  }
  return out;
}
const codeSpans = (text) => [...text.matchAll(/(`+)([^`]|[^`][\s\S]*?[^`])\1(?!`)/g)].map((m) => m[2].trim());
const headingOf = (line) => /^(#{1,6})\s+(.*)$/.exec(line);
const tagsIn = (text) => [...new Set([...text.matchAll(/`<(portal-[a-z0-9-]+)>`/g)].map((m) => m[1]))];

/**
 * The lines that document one element: the sections whose heading names `<tag>` (each
 * up to the next heading of the same or a higher level), else the whole page.
 */
function scopeFor(lines, tag) {
  const picked = [];
  for (let i = 0; i < lines.length; i++) {
    const h = headingOf(lines[i]);
    if (!h || h[1].length < 2 || !tagsIn(h[2]).includes(tag)) continue;
    const level = h[1].length;
    let j = i + 1;
    while (j < lines.length && !(headingOf(lines[j]) && headingOf(lines[j])[1].length <= level)) j++;
    picked.push({ from: i + 1, lines: lines.slice(i, j), heading: h[2].trim() });
  }
  return picked.length ? picked : [{ from: 1, lines, heading: undefined }];
}

function mentioned(spans, name, kind) {
  return spans.some(
    (s) =>
      (kind === 'method' ? s.startsWith(`${name}(`) : s === name) ||
      (kind === 'part' && s === `::part(${name})`) ||
      (kind === 'attribute' && s.startsWith(`${name}=`)),
  );
}

const KINDS = [
  { kind: 'attribute', label: 'attribute', names: (e) => (e.attributes ?? []).map((a) => a.name), hint: 'its attribute table' },
  { kind: 'event', label: 'event', names: (e) => (e.events ?? []).map((x) => x.name), hint: 'its events table (with the detail and when it fires)' },
  { kind: 'part', label: 'CSS part', names: (e) => (e.cssParts ?? []).map((x) => x.name), hint: 'its list of parts' },
  { kind: 'cssprop', label: 'CSS custom property', names: (e) => (e.cssProperties ?? []).map((x) => x.name), hint: 'its CSS custom properties' },
  // The element's own public properties and methods (inherited ones such as `adapter` are
  // explained once, on the provider and adapter pages).
  { kind: 'property', label: 'property', names: (e) => publicFields(e).filter((f) => !f.inheritedFrom).map((f) => f.name), hint: 'its attribute / property table' },
  { kind: 'method', label: 'method', names: (e) => publicMethods(e).filter((m) => !m.inheritedFrom).map((m) => m.name), hint: 'its methods table, as `name(…)`' },
];

// 2. and 3. Widget pages.
const pages = readdirSync(docsDir).filter((f) => f.endsWith('.md')).sort();
const documented = new Map(); // tag -> page
for (const page of pages) {
  if (page === 'README.md' || page === 'api-reference.md') continue;
  const file = `docs/${page}`;
  const text = readFileSync(resolve(docsDir, page), 'utf8');
  const lines = proseLines(text);
  const title = lines.find((l) => /^#\s/.test(l)) ?? '';
  const tags = tagsIn(title);
  if (!tags.length) continue; // not a widget page
  for (const tag of tags) {
    const element = byTag.get(tag);
    if (!element) {
      report(errors, file, `documents \`<${tag}>\` (in its title), which custom-elements.json does not list. Was the element renamed or removed, or is its class missing @tagname / customElements.define?`);
      continue;
    }
    documented.set(tag, file);
    if (!text.includes(`api-reference.md#${tag})`)) {
      report(errors, file, `has no link to the generated reference for \`<${tag}>\`. Add: Full generated reference: [API reference](api-reference.md#${tag})`);
    }
    const scopes = scopeFor(lines, tag);
    const where = scopes[0].heading ? `section "${scopes.map((s) => s.heading).join('" and "')}" (line ${scopes[0].from})` : 'the page';
    const spans = scopes.flatMap((s) => codeSpans(s.lines.join('\n')));
    for (const { kind, label, names, hint } of KINDS) {
      const missing = names(element).filter((n) => !mentioned(spans, n, kind));
      if (missing.length) {
        report(
          errors,
          file,
          `\`<${tag}>\`: ${where} does not mention ${label}${missing.length > 1 ? 's' : ''} ${missing.map((n) => `\`${n}\``).join(', ')}. ` +
            `Add ${missing.length > 1 ? 'them' : 'it'}, in backticks, to ${hint}, with a plain description (see docs/api-reference.md#${tag}).`,
        );
      }
    }
    // Names the page lists as parts / events / CSS properties that the element no longer has.
    for (const scope of scopes) {
      const known = {
        event: new Set(elements.flatMap((e) => (e.events ?? []).map((x) => x.name))),
        part: new Set((element.cssParts ?? []).map((x) => x.name)),
        cssprop: new Set((element.cssProperties ?? []).map((x) => x.name)),
      };
      let tableKind;
      scope.lines.forEach((line, i) => {
        const at = scope.from + i;
        if (!line.trim().startsWith('|')) tableKind = undefined;
        const cells = line.split(/(?<!\\)\|/).slice(1, -1).map((c) => c.trim());
        if (line.trim().startsWith('|') && tableKind === undefined) {
          const head = (cells[0] ?? '').toLowerCase();
          tableKind = head.includes('event') ? 'event' : head.includes('part') ? 'part' : /css property|custom property/.test(head) ? 'cssprop' : null;
          return;
        }
        let kind = tableKind;
        let listed = kind ? codeSpans(cells[0] ?? '') : [];
        const prose = /^(Parts|CSS propert(?:y|ies)):\s*(.*)$/i.exec(line.trim());
        if (!kind && prose) {
          kind = /^parts/i.test(prose[1]) ? 'part' : 'cssprop';
          listed = codeSpans(prose[2]).map((s) => s.replace(/\s*\(.*$/, ''));
        }
        if (!kind) return;
        for (const name of listed) {
          if (kind === 'event' && !name.startsWith('portal-')) continue;
          if (kind === 'cssprop' && !name.startsWith('--')) continue;
          if (kind === 'part' && !/^[a-z][a-z0-9-]*$/.test(name)) continue;
          if (!known[kind].has(name)) {
            const label = KINDS.find((k) => k.kind === kind).label;
            report(
              warnings,
              `${file}:${at}`,
              `lists ${label} \`${name}\` for \`<${tag}>\`, but the manifest does not. Remove it from the page if it is gone, or document it in the class JSDoc (${element.modulePath}).`,
            );
          }
        }
      });
    }
  }
}
for (const element of elements) {
  if (!documented.has(element.tagName)) {
    report(
      errors,
      'docs/',
      `no widget page documents \`<${element.tagName}>\` (${element.modulePath}). Name it in the title of a docs page (e.g. "# \`<${element.tagName}>\`") and describe its API there.`,
    );
  }
}

// 4. The index links every page, and links between docs pages resolve.
const index = readFileSync(resolve(docsDir, 'README.md'), 'utf8');
for (const page of pages) {
  if (page === 'README.md') continue;
  if (!new RegExp(`\\]\\(${page.replace(/[.]/g, '\\.')}(#[^)]*)?\\)`).test(index)) {
    report(errors, 'docs/README.md', `does not link to ${page}. Add it to the index under the right heading.`);
  }
}
const anchors = new Set(elements.map((e) => e.tagName));
for (const page of pages) {
  const text = proseLines(readFileSync(resolve(docsDir, page), 'utf8')).join('\n');
  for (const m of text.matchAll(/\]\(([^)\s]+?\.md)(#[^)\s]*)?\)/g)) {
    const [, target, anchor] = m;
    if (/^[a-z]+:/i.test(target)) continue;
    const path = resolve(docsDir, target);
    if (!existsSync(path)) report(errors, `docs/${page}`, `links to ${target}, which does not exist.`);
    else if (rel(path) === referenceFile && anchor && !anchors.has(anchor.slice(1))) {
      report(errors, `docs/${page}`, `links to ${target}${anchor}, but the reference has no such element section.`);
    }
  }
}

// 5. Examples anywhere in docs/ (code blocks included) use only parts and attributes the
// elements have: `portal-x::part(name)` in CSS, `<portal-x name="…">` in HTML.
const GLOBAL_ATTRIBUTES = new Set(['id', 'class', 'style', 'slot', 'part', 'exportparts', 'lang', 'dir', 'hidden', 'title', 'tabindex', 'inert', 'is', 'role', 'translate']);
for (const page of pages) {
  if (page === 'api-reference.md') continue;
  const lines = readFileSync(resolve(docsDir, page), 'utf8').split('\n');
  lines.forEach((line, i) => {
    const at = `docs/${page}:${i + 1}`;
    for (const m of line.matchAll(/\b(portal-[a-z0-9-]+)::part\(([a-z0-9-]+)\)/g)) {
      const element = byTag.get(m[1]);
      if (element && !(element.cssParts ?? []).some((p) => p.name === m[2])) {
        const parts = (element.cssParts ?? []).map((p) => p.name).join(', ') || 'none';
        report(errors, at, `\`${m[0]}\`: \`<${m[1]}>\` has no part \`${m[2]}\` (its parts: ${parts}).`);
      }
    }
    // One-line opening tags only; values may be quoted or a JSX {expression} without braces inside.
    for (const m of line.matchAll(/<(portal-[a-z0-9-]+)((?:\s+[^\s>=/]+(?:="[^"]*"|='[^']*'|=\{[^{}]*\})?)*)\s*\/?>/g)) {
      const element = byTag.get(m[1]);
      if (!element) continue;
      // Frameworks (React 19, Vue .prop, Angular [prop]) may set properties by name, too.
      const known = new Set([...(element.attributes ?? []).map((a) => a.name), ...publicFields(element).map((f) => f.name)]);
      for (const a of m[2].matchAll(/\s([^\s>=/]+)(?:=(?:"[^"]*"|'[^']*'|\{[^{}]*\}))?/g)) {
        const name = a[1].toLowerCase();
        if (known.has(name) || GLOBAL_ATTRIBUTES.has(name) || /^(aria-|data-|on)/.test(name) || /^[[(@.:#*]|^v-|^x-/.test(a[1])) continue;
        const attributes = (element.attributes ?? []).map((x) => x.name).join(', ') || 'none';
        report(errors, at, `\`<${m[1]}>\` example uses attribute \`${a[1]}\`, which the element does not have (its attributes: ${attributes}; see docs/api-reference.md#${m[1]}).`);
      }
    }
  });
}

// JSDoc the analyzer misread: a second tag on one line ends up inside a description.
const sourceLine = (modulePath, needle) => {
  try {
    const idx = readFileSync(resolve(root, modulePath), 'utf8').split('\n').findIndex((l) => l.includes(needle));
    return idx >= 0 ? `${modulePath}:${idx + 1}` : modulePath;
  } catch {
    return modulePath;
  }
};
for (const element of elements) {
  const items = [
    ...(element.events ?? []).map((x) => ['event', x]),
    ...(element.cssParts ?? []).map((x) => ['CSS part', x]),
    ...(element.cssProperties ?? []).map((x) => ['CSS custom property', x]),
    ...(element.slots ?? []).map((x) => ['slot', x]),
  ];
  for (const [label, item] of items) {
    const stray = /@(csspart|cssprop|cssproperty|fires|event|slot|part)\b\s*(\S*)/.exec(item.description ?? '');
    if (stray) {
      report(
        warnings,
        sourceLine(element.modulePath, `@${stray[1]} ${stray[2]}`),
        `\`<${element.tagName}>\` ${label} \`${item.name || '(default)'}\`: its description contains "@${stray[1]} ${stray[2]}", so the analyzer does not list that one. Put each JSDoc tag on its own line.`,
      );
    }
    if (!String(item.description ?? '').trim()) {
      report(warnings, element.modulePath, `\`<${element.tagName}>\` ${label} \`${item.name || '(default)'}\` has no description in the JSDoc.`);
    }
  }
  if (!String(element.summary ?? '').trim()) report(warnings, element.modulePath, `\`<${element.tagName}>\` has no @summary.`);
}

const print = (bucket) => {
  for (const [file, messages] of [...bucket].sort(([a], [b]) => a.localeCompare(b, 'en'))) {
    for (const message of messages) console.error(`  ${file}: ${message}`);
  }
};
if (warnings.size) {
  console.error('check-docs warnings (not failing; usually a JSDoc fix in the component):');
  print(warnings);
}
if (errors.size) {
  console.error('check-docs: the docs do not match custom-elements.json:');
  print(errors);
  console.error('Fix the pages listed (or the JSDoc on the element class, if the manifest is wrong), then run `npm run docs:api` and `npm run check:docs`.');
  process.exit(1);
}
console.log(`check-docs: docs match custom-elements.json (${elements.length} elements, ${documented.size} documented on widget pages).`);
