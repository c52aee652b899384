import { css } from 'lit';

/** Styles of `<portal-note>`. Sizes in rem/em so text follows the page zoom and font size. */
export const noteReaderStyles = css`
  :host {
    --_note-max-width: var(--portal-note-max-width, 44em);
    --_mark-bg: var(--portal-note-highlight-color, light-dark(#fff1a8, #5c4d00));
    --_term-bg: var(--portal-note-term-surface, var(--_surface-raised));
  }
  article {
    max-width: var(--_note-max-width);
  }
  .note-title:focus {
    outline: none;
  }
  .note-title:focus-visible {
    outline: var(--_focus-ring);
    outline-offset: 2px;
  }
  .title-row {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
    align-items: baseline;
  }
  .title-row h2 {
    margin: 0;
  }
  .facts {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: var(--_space-1) var(--_space-3);
    margin: var(--_space-3) 0;
  }
  .facts dt {
    font-weight: 600;
  }
  .facts dd {
    margin: 0;
  }
  @media (max-width: 30em) {
    .facts {
      grid-template-columns: 1fr;
    }
    .facts dd {
      margin-bottom: var(--_space-2);
    }
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-3);
    align-items: center;
    justify-content: space-between;
    padding: var(--_space-3) 0;
    border-top: 1px solid var(--_border-subtle);
    border-bottom: 1px solid var(--_border-subtle);
    margin: var(--_space-4) 0;
  }
  .toggle {
    display: inline-flex;
    gap: var(--_space-2);
    align-items: center;
    font-weight: 600;
  }
  .toolbar .hint {
    flex-basis: 100%;
    margin: 0;
  }
  .body {
    overflow-wrap: anywhere;
  }
  .para {
    white-space: pre-wrap;
  }
  .chunk {
    content-visibility: auto;
    contain-intrinsic-size: auto 60em;
  }
  .section-heading,
  .html-body :is(h3, h4, h5, h6) {
    margin-top: var(--_space-6);
  }
  .html-body img {
    max-width: 100%;
    height: auto;
  }
  .html-body pre {
    white-space: pre-wrap;
  }
  .html-body.large > * {
    content-visibility: auto;
    contain-intrinsic-size: auto 3em;
  }
  .html-body table {
    border-collapse: collapse;
    max-width: 100%;
    margin: 0 0 var(--_space-3);
  }
  .html-body :is(td, th) {
    border: 1px solid var(--_border-subtle);
    padding: var(--_space-1) var(--_space-2);
    text-align: start;
    vertical-align: top;
    overflow-wrap: anywhere;
  }
  .external-marker {
    display: inline-block;
    margin-inline-start: 0.15em;
    text-decoration: none;
  }
  mark {
    background: var(--_mark-bg);
    color: inherit;
    border-radius: 0.15em;
  }
  button.term {
    display: inline;
    min-height: 0;
    padding: 0;
    margin: 0;
    border: none;
    border-radius: 0.15em;
    background: none;
    color: inherit;
    font: inherit;
    line-height: inherit;
    text-decoration: underline dotted 0.1em;
    text-underline-offset: 0.2em;
    cursor: help;
  }
  button.term:hover,
  button.term[aria-expanded='true'] {
    background: var(--_info-bg);
  }
  .term-def {
    display: inline;
    margin: 0 0.25em;
    padding: 0.1em 0.4em;
    border: 1px solid var(--_info);
    border-radius: var(--_radius-small);
    background: var(--_term-bg);
    box-decoration-break: clone;
    -webkit-box-decoration-break: clone;
  }
  .term-def:empty {
    display: none;
  }
  .part + .part {
    margin-top: var(--_space-6);
    padding-top: var(--_space-4);
    border-top: 1px solid var(--_border-subtle);
  }
  .pdf-frame {
    display: block;
    width: 100%;
    height: 70vh;
    min-height: 20em;
    border: 1px solid var(--_border-subtle);
    border-radius: var(--_radius-small);
    margin-bottom: var(--_space-3);
  }
  .image-part {
    max-width: 100%;
    height: auto;
  }
  .history ul {
    padding-inline-start: 1.25em;
  }
  .history li + li {
    margin-top: var(--_space-2);
  }
  .more-pending {
    margin-top: var(--_space-3);
  }
  @media (forced-colors: active) {
    mark {
      forced-color-adjust: none;
      background: Mark;
      color: MarkText;
    }
    .term-def {
      border-color: CanvasText;
    }
  }
  @media print {
    :host {
      color: #000;
    }
    .toolbar,
    .more-pending,
    .history button,
    .external-marker {
      display: none !important;
    }
    .chunk,
    .html-body.large > * {
      content-visibility: visible;
    }
    button.term {
      display: inline !important;
      text-decoration: none;
    }
    .term-def {
      border: none;
      padding: 0;
    }
    .html-body a[href]::after {
      content: ' (' attr(href) ')';
      font-size: 0.875em;
    }
    article {
      max-width: none;
    }
  }
`;
