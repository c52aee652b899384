import { css } from 'lit';

export const styles = css`
  .base {
    max-width: var(--portal-appointments-max-width, 48rem);
  }
  .section {
    margin-block: var(--_space-6);
  }
  .section > * + * {
    margin-top: var(--_space-3);
  }
  fieldset {
    border: none;
    margin: 0 0 var(--_space-4);
    padding: 0;
    min-width: 0;
  }
  legend {
    font-weight: 600;
    padding: 0;
    margin-bottom: var(--_space-2);
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: var(--_space-1);
    margin-bottom: var(--_space-3);
  }
  .choice {
    display: grid;
    grid-template-columns: auto 1fr;
    column-gap: var(--_space-2);
    align-items: center;
    min-height: 2.75rem;
  }
  .choice label {
    font-weight: 400;
  }
  .choice-hint {
    grid-column: 2;
    margin: 0;
  }
  .row > .choice {
    margin-inline-end: var(--_space-3);
  }
  textarea {
    min-height: 4.5rem;
  }
  .counter.over {
    color: var(--_danger);
    font-weight: 600;
  }
  .quick-reasons {
    margin-bottom: var(--_space-4);
  }
  .quick-reasons .hint {
    margin-bottom: var(--_space-2);
  }
  .requests {
    margin-top: var(--_space-6);
  }
  .chip {
    min-height: 2.75rem;
    border-radius: 999px;
    padding-inline: var(--_space-3);
    border-color: var(--_border);
    color: var(--_text);
  }
  .error-summary ul {
    margin: 0;
    padding-inline-start: var(--_space-4);
  }
  .error-summary a {
    color: var(--_danger);
    font-weight: 600;
  }
  .urgency > * + * {
    margin-top: var(--_space-3);
  }
  .period {
    border-inline-start: 3px solid var(--_border-subtle);
    padding-inline-start: var(--_space-3);
    margin-bottom: var(--_space-3);
  }
  .period-label {
    font-weight: 600;
    margin-bottom: var(--_space-1);
  }
  .period-fields {
    align-items: flex-end;
  }
  .period-fields .field {
    margin-bottom: 0;
  }
  .slot-day {
    margin-bottom: var(--_space-4);
  }
  .slot-grid {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(var(--portal-appointments-slot-min-width, 9rem), 1fr));
    gap: var(--_space-2);
  }
  .slot {
    display: flex;
    align-items: flex-start;
    gap: var(--_space-2);
    padding: var(--_space-2);
    border: 1px solid var(--_border);
    border-radius: var(--_radius-small);
    font-weight: 400;
    cursor: pointer;
    min-height: 2.75rem;
  }
  .slot.selected {
    border: 2px solid var(--_primary);
    background: var(--_info-bg);
  }
  .slot:focus-within {
    outline: var(--_focus-ring);
    outline-offset: 2px;
  }
  .slot-text {
    display: flex;
    flex-direction: column;
  }
  .slot-time {
    font-weight: 600;
  }
  .slot-extra {
    font-size: 0.875em;
    color: var(--_text-muted);
  }
  .request-list {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .request-list > li + li {
    margin-top: var(--_space-3);
  }
  .request-head {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: var(--_space-2);
    align-items: baseline;
  }
  .request-title {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .request-facts {
    margin: var(--_space-2) 0;
  }
  .request-facts > div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_space-2);
  }
  .request-facts dt {
    font-weight: 600;
  }
  .request-facts dt::after {
    content: ':';
  }
  .request-facts dd {
    margin: 0;
  }
  .status-success {
    color: var(--_success);
  }
  .status-warning {
    color: var(--_warning);
  }
  .status-danger {
    color: var(--_danger);
  }
  .status-muted {
    color: var(--_text-muted);
  }
  button.danger {
    border-color: var(--_danger);
    color: var(--_danger);
  }
  .confirmation h3:focus {
    outline: none;
  }
  .confirmation h3:focus-visible {
    outline: var(--_focus-ring);
  }
  .actions {
    margin-block: var(--_space-4) var(--_space-2);
  }
  /* "Send a request instead" under a failed list of open times: not glued to the box. */
  .state + button.link {
    margin-block-start: var(--_space-3);
  }

  @media (forced-colors: active) {
    .slot.selected {
      border-color: Highlight;
    }
    .slot {
      border-color: CanvasText;
    }
  }
`;
