import { css } from 'lit';

export const styles = css`
  :host {
    --_emergency-fg: var(--portal-urgency-emergency-color, var(--_text));
    --_emergency-bg: var(--portal-urgency-emergency-background, var(--_danger-bg));
    --_emergency-accent: var(--portal-urgency-emergency-accent, var(--_danger));
    --_urgent-fg: var(--portal-urgency-urgent-color, var(--_text));
    --_urgent-bg: var(--portal-urgency-urgent-background, var(--_warning-bg));
    --_urgent-accent: var(--portal-urgency-urgent-accent, var(--_warning));
    --_border-width: var(--portal-urgency-border-width, 0.375rem);
  }
  :host([level='routine']),
  :host(:not([level])) {
    display: contents;
  }
  .notice {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: var(--_space-2) var(--_space-3);
    align-items: start;
    padding: var(--_space-3) var(--_space-4);
    border: 2px solid;
    border-left-width: var(--_border-width);
    border-radius: var(--_radius);
  }
  .notice.emergency {
    color: var(--_emergency-fg);
    background: var(--_emergency-bg);
    border-color: var(--_emergency-accent);
  }
  .notice.urgent {
    color: var(--_urgent-fg);
    background: var(--_urgent-bg);
    border-color: var(--_urgent-accent);
  }
  .icon {
    width: 1.75rem;
    height: 1.75rem;
    flex: none;
    margin-top: 0.125rem;
  }
  .emergency .icon {
    color: var(--_emergency-accent);
  }
  .urgent .icon {
    color: var(--_urgent-accent);
  }
  .content > * + * {
    margin-top: var(--_space-2);
  }
  .title {
    display: block;
    font-size: 1.125em;
    font-weight: 700;
    line-height: 1.3;
  }
  p {
    margin: 0;
  }
  .lead {
    font-weight: 600;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
    margin-top: var(--_space-3);
  }
  .actions a {
    font-weight: 700;
    text-decoration: none;
    min-height: var(--_control-height);
  }
  .emergency .actions a.primary {
    background: var(--_emergency-accent);
    border-color: var(--_emergency-accent);
    color: var(--_emergency-bg);
  }
  .urgent .actions a.primary {
    background: var(--_urgent-accent);
    border-color: var(--_urgent-accent);
    color: var(--_urgent-bg);
  }
  .actions a:not(.primary) {
    background: var(--_surface);
    color: var(--_text);
    border-color: currentColor;
  }
  .actions a:focus-visible {
    outline: var(--_focus-ring);
    outline-offset: 2px;
  }
  .acknowledge {
    display: flex;
    gap: var(--_space-2);
    align-items: flex-start;
    margin-top: var(--_space-3);
    padding-top: var(--_space-3);
    border-top: 1px solid currentColor;
  }
  .acknowledge input {
    margin-top: 0.125rem;
    flex: none;
  }
  @media (forced-colors: active) {
    .notice {
      border-color: CanvasText;
      forced-color-adjust: auto;
    }
    .icon {
      color: CanvasText;
    }
    .actions a,
    .actions a.primary {
      border: 2px solid LinkText;
      color: LinkText;
      background: Canvas;
    }
  }
`;
