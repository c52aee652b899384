import { css } from 'lit';

/** Styles of `<portal-result-preferences>`. */
export const preferencesStyles = css`
  .base {
    max-width: var(--portal-result-preferences-max-width, 42rem);
  }
  fieldset {
    border: 1px solid var(--_border-subtle);
    border-radius: var(--_radius);
    padding: var(--_space-3) var(--_space-4) var(--_space-4);
    margin: 0 0 var(--_space-4);
  }
  legend {
    font-weight: 700;
    padding: 0 var(--_space-1);
  }
  .choice {
    display: flex;
    gap: var(--_space-2);
    align-items: flex-start;
    margin-top: var(--_space-2);
  }
  .choice input {
    margin-top: 0.15rem;
    flex: none;
  }
  .choice label {
    font-weight: 400;
  }
  .choice .hint {
    margin-top: 0;
  }
  .days {
    margin: var(--_space-3) 0 0 2rem;
    display: flex;
    flex-direction: column;
    align-items: flex-start;
  }
  .days input {
    width: 6rem;
  }
  .error-summary:focus {
    outline: var(--_focus-ring);
  }
  .error-summary ul {
    margin: 0;
  }
  .save-status p,
  .actions + .callout {
    margin-top: var(--_space-3);
  }
  .policy ul {
    padding-inline-start: 1.25rem;
  }
`;
