import { css } from 'lit';

export const composerStyles = css`
  :host {
    max-width: var(--portal-composer-max-width, 42rem);
  }
  .composer {
    display: grid;
    gap: var(--_space-4);
  }
  .heading {
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.25;
    margin: 0;
  }
  .emergency-line {
    margin: 0;
  }
  .emergency-line p,
  .guidance p {
    margin: 0;
  }
  .guidance summary {
    cursor: pointer;
    font-weight: 600;
    color: var(--_primary);
  }
  .guidance ul {
    margin: var(--_space-2) 0 0;
    padding-inline-start: 1.25rem;
  }
  form {
    display: grid;
    gap: var(--_space-4);
  }
  .field {
    display: grid;
    gap: var(--_space-1);
  }
  .field > label,
  .field > legend {
    font-weight: 600;
  }
  .field select,
  .field input[type='text'] {
    width: 100%;
  }
  textarea {
    min-height: var(--portal-composer-body-min-height, 10rem);
    white-space: pre-wrap;
  }
  .counter {
    margin: 0;
    font-variant-numeric: tabular-nums;
  }
  .counter.near {
    color: var(--_warning);
    font-weight: 600;
  }
  .counter.over {
    color: var(--_danger);
    font-weight: 700;
  }
  .field-error {
    margin: 0;
  }
  .suggestion p {
    margin: 0 0 var(--_space-2);
  }
  fieldset {
    border: 1px solid var(--_border-subtle);
    border-radius: var(--_radius);
    padding: var(--_space-3);
    margin: 0;
  }
  .drop-zone {
    border: 2px dashed var(--_border);
    border-radius: var(--_radius-small);
    padding: var(--_space-3);
  }
  .drop-zone.dragging {
    border-color: var(--_primary);
    background: var(--_info-bg);
  }
  .files {
    list-style: none;
    margin: var(--_space-2) 0 0;
    padding: 0;
    display: grid;
    gap: var(--_space-2);
  }
  .files li {
    display: flex;
    align-items: center;
    gap: var(--_space-3);
    flex-wrap: wrap;
  }
  .files img {
    width: 4rem;
    height: 4rem;
    object-fit: cover;
    border-radius: var(--_radius-small);
    border: 1px solid var(--_border-subtle);
  }
  .file-name {
    overflow-wrap: anywhere;
    flex: 1 1 10rem;
  }
  .file-errors {
    margin: var(--_space-2) 0 0;
    padding-inline-start: 1.25rem;
  }
  .expectation p {
    margin: 0;
  }
  .expectation p + p {
    margin-top: var(--_space-2);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-3);
    align-items: center;
  }
  .draft-status {
    margin: 0;
  }
  .confirmation h3,
  .send-error p:last-of-type {
    margin-bottom: var(--_space-2);
  }
  @media (forced-colors: active) {
    .drop-zone,
    fieldset {
      border-color: CanvasText;
    }
  }
`;
