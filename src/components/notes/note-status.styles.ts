import { css } from 'lit';

/** Note status badges (preliminary, amended, corrected), shared by the list and the reader. */
export const noteStatusStyles = css`
  .badge.preliminary {
    color: var(--_warning);
    background: var(--_warning-bg);
  }
  .badge.amended,
  .badge.corrected {
    color: var(--_info);
    background: var(--_info-bg);
  }
`;
