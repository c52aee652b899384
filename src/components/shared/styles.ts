import { css } from 'lit';
import { tokens } from '../../styles/tokens.js';

/**
 * Styles every element shares: typography, controls, cards, focus outlines,
 * visually-hidden text, forced colours and reduced motion. Scoped to each shadow root.
 */
export const baseStyles = [
  tokens,
  css`
    :host {
      display: block;
      box-sizing: border-box;
      font-family: var(--_font);
      font-size: var(--_font-size);
      line-height: var(--_line-height);
      color: var(--_text);
    }
    :host([hidden]) {
      display: none !important;
    }
    *,
    *::before,
    *::after {
      box-sizing: inherit;
    }
    h2,
    h3,
    h4 {
      line-height: 1.25;
      margin: 0 0 var(--_space-2);
    }
    h2 {
      font-size: 1.375em;
    }
    h3 {
      font-size: 1.125em;
    }
    h4 {
      font-size: 1em;
    }
    p {
      margin: 0 0 var(--_space-3);
    }
    a {
      color: var(--_primary);
      text-underline-offset: 0.15em;
    }
    :focus-visible {
      outline: var(--_focus-ring);
      outline-offset: 2px;
    }
    .visually-hidden {
      position: absolute !important;
      width: 1px;
      height: 1px;
      padding: 0;
      margin: -1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
      border: 0;
    }
    .muted {
      color: var(--_text-muted);
    }
    .card {
      background: var(--_surface);
      border: 1px solid var(--_border-subtle);
      border-radius: var(--_radius);
      padding: var(--_space-4);
      box-shadow: var(--_shadow);
    }
    .stack > * + * {
      margin-top: var(--_space-3);
    }
    .row {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space-2);
      align-items: center;
    }
    button,
    .button {
      font: inherit;
      min-height: var(--_control-height);
      padding: var(--_space-2) var(--_space-4);
      border-radius: var(--_radius-small);
      border: 1px solid var(--_primary);
      background: var(--_surface);
      color: var(--_primary);
      cursor: pointer;
      text-decoration: none;
      display: inline-flex;
      align-items: center;
      justify-content: center;
      gap: var(--_space-2);
      transition: background-color var(--_duration) ease;
    }
    button:hover,
    .button:hover {
      background: var(--_info-bg);
    }
    button.primary,
    .button.primary {
      background: var(--_primary);
      color: var(--_on-primary);
    }
    button.primary:hover {
      filter: brightness(1.1);
    }
    button.link {
      border: none;
      background: none;
      padding: 0 var(--_space-1);
      min-height: 1.5rem;
      text-decoration: underline;
    }
    button:disabled,
    button[aria-disabled='true'] {
      opacity: 0.6;
      cursor: not-allowed;
    }
    label {
      font-weight: 600;
    }
    input,
    select,
    textarea {
      font: inherit;
      color: var(--_text);
      background: var(--_surface);
      border: 1px solid var(--_border);
      border-radius: var(--_radius-small);
      padding: var(--_space-2);
      min-height: var(--_control-height);
      max-width: 100%;
    }
    input[type='checkbox'],
    input[type='radio'] {
      min-height: auto;
      width: 1.25rem;
      height: 1.25rem;
      accent-color: var(--_primary);
    }
    textarea {
      width: 100%;
      resize: vertical;
    }
    [aria-invalid='true'] {
      border-color: var(--_danger);
      border-width: 2px;
    }
    .hint {
      color: var(--_text-muted);
      font-size: 0.9375em;
      margin: var(--_space-1) 0;
    }
    .field-error {
      color: var(--_danger);
      font-weight: 600;
      margin: var(--_space-1) 0;
    }
    .badge {
      display: inline-block;
      padding: 0 var(--_space-2);
      border-radius: 999px;
      border: 1px solid currentColor;
      font-size: 0.8125em;
      font-weight: 600;
      line-height: 1.6;
      white-space: nowrap;
    }
    .callout {
      border-radius: var(--_radius);
      padding: var(--_space-3) var(--_space-4);
      border: 1px solid;
      border-left-width: 0.375rem;
    }
    .callout.info {
      background: var(--_info-bg);
      color: var(--_text);
      border-color: var(--_info);
    }
    .callout.warning {
      background: var(--_warning-bg);
      color: var(--_text);
      border-color: var(--_warning);
    }
    .callout.danger {
      background: var(--_danger-bg);
      color: var(--_text);
      border-color: var(--_danger);
    }
    .callout.success {
      background: var(--_success-bg);
      color: var(--_text);
      border-color: var(--_success);
    }
    .spinner {
      width: 1.25rem;
      height: 1.25rem;
      border-radius: 50%;
      border: 3px solid var(--_border-subtle);
      border-top-color: var(--_primary);
      animation: portal-spin 0.9s linear infinite;
      flex: none;
    }
    @keyframes portal-spin {
      to {
        transform: rotate(360deg);
      }
    }
    @media (prefers-reduced-motion: reduce) {
      .spinner {
        animation-duration: 3s;
      }
      * {
        transition: none !important;
      }
    }
    @media (forced-colors: active) {
      button,
      .button,
      .badge,
      .callout,
      .card {
        border-color: CanvasText;
      }
      button.primary {
        background: ButtonText;
        color: ButtonFace;
        forced-color-adjust: none;
      }
      :focus-visible {
        outline-color: Highlight;
      }
    }
    @media print {
      button,
      .no-print {
        display: none !important;
      }
      .card {
        box-shadow: none;
        border-color: #000;
      }
    }
  `,
];
