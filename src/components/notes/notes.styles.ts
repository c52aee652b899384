import { css } from 'lit';

/** Styles of `<portal-notes>`. Sizes in rem/em so text follows the page zoom and font size. */
export const notesStyles = css`
  :host {
    --_notes-max-width: var(--portal-notes-max-width, 56em);
  }
  .notes {
    max-width: var(--_notes-max-width);
  }
  .list-heading:focus {
    outline: none;
  }
  .filters {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(12em, 1fr));
    gap: var(--_space-3);
    align-items: end;
    margin: var(--_space-4) 0;
    padding: var(--_space-4);
    background: var(--_surface-raised);
    border-radius: var(--_radius);
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: var(--_space-1);
    min-width: 0;
  }
  .field.search {
    grid-column: 1 / -1;
  }
  .field input,
  .field select {
    width: 100%;
  }
  .filter-actions {
    grid-column: 1 / -1;
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
    align-items: center;
  }
  .filter-actions .field-error {
    flex-basis: 100%;
  }
  .count {
    margin: var(--_space-3) 0;
    font-weight: 600;
  }
  ul.items {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  li.item {
    content-visibility: auto;
    contain-intrinsic-size: auto 8em;
    padding: var(--_space-3) var(--_space-4);
    border: 1px solid var(--_border-subtle);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  li.item + li.item {
    margin-top: var(--_space-2);
  }
  .item h3 {
    margin: 0 0 var(--_space-1);
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
    align-items: baseline;
  }
  .item-open {
    font-size: inherit;
    font-weight: 700;
    text-align: start;
    padding: 0;
    min-height: 1.5rem;
  }
  .item-meta {
    margin: 0;
    color: var(--_text-muted);
  }
  .item-snippet {
    margin: var(--_space-2) 0 0;
  }
  mark {
    background: var(--portal-note-highlight-color, light-dark(#fff1a8, #5c4d00));
    color: inherit;
  }
  .more {
    margin-top: var(--_space-4);
  }
  .back {
    margin-bottom: var(--_space-3);
  }
  .item-problem {
    margin: var(--_space-2) 0 0;
    color: var(--_warning);
    font-weight: 600;
  }
  @media (forced-colors: active) {
    mark {
      forced-color-adjust: none;
      background: Mark;
      color: MarkText;
    }
  }
  @media print {
    .filters,
    .more,
    .back {
      display: none !important;
    }
    li.item {
      content-visibility: visible;
      break-inside: avoid;
    }
  }
`;
