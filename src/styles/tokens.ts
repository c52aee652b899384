import { css } from 'lit';

/**
 * Design tokens. Public, themeable tokens are `--portal-*` custom properties set by
 * the host page (they inherit through shadow roots); elements read the private
 * `--_*` copies below, which fall back to the defaults. Colours use `light-dark()`,
 * so `prefers-color-scheme` works when the page (or `--portal-color-scheme`) allows dark.
 * All text/background pairs meet WCAG 2.2 AA (4.5:1) in both schemes.
 */
export const tokens = css`
  :host {
    color-scheme: var(--portal-color-scheme, light dark);

    --_font: var(--portal-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif);
    --_font-size: var(--portal-font-size, 1rem);
    --_line-height: var(--portal-line-height, 1.5);

    --_text: var(--portal-color-text, light-dark(#1b1f24, #e8eaed));
    --_text-muted: var(--portal-color-text-muted, light-dark(#4a5361, #b4bcc7));
    --_surface: var(--portal-color-surface, light-dark(#ffffff, #16191d));
    --_surface-raised: var(--portal-color-surface-raised, light-dark(#f5f7fa, #20252b));
    --_border: var(--portal-color-border, light-dark(#8a94a3, #6b7480));
    --_border-subtle: var(--portal-color-border-subtle, light-dark(#d5dae1, #343b44));
    --_primary: var(--portal-color-primary, light-dark(#0b57a4, #8fc2ff));
    --_on-primary: var(--portal-color-on-primary, light-dark(#ffffff, #0a1a2b));
    --_focus: var(--portal-color-focus, light-dark(#b8460a, #ffb266));

    --_info-bg: var(--portal-color-info-surface, light-dark(#e8f1fb, #132638));
    --_info: var(--portal-color-info, light-dark(#0b4f8c, #9ccaff));
    --_success-bg: var(--portal-color-success-surface, light-dark(#e7f5ec, #12291b));
    --_success: var(--portal-color-success, light-dark(#1a6333, #8fdcab));
    --_warning-bg: var(--portal-color-warning-surface, light-dark(#fff4dc, #33270b));
    --_warning: var(--portal-color-warning, light-dark(#7a4b00, #ffd27a));
    --_danger-bg: var(--portal-color-danger-surface, light-dark(#fdecec, #3a1516));
    --_danger: var(--portal-color-danger, light-dark(#a3151b, #ffaaa8));

    --_space-1: var(--portal-space-1, 0.25rem);
    --_space-2: var(--portal-space-2, 0.5rem);
    --_space-3: var(--portal-space-3, 0.75rem);
    --_space-4: var(--portal-space-4, 1rem);
    --_space-6: var(--portal-space-6, 1.5rem);
    --_radius: var(--portal-radius, 0.5rem);
    --_radius-small: var(--portal-radius-small, 0.25rem);
    --_shadow: var(--portal-shadow, 0 1px 2px rgb(0 0 0 / 0.08), 0 1px 6px rgb(0 0 0 / 0.06));
    --_focus-ring: 3px solid var(--_focus);
    --_control-height: var(--portal-control-height, 2.75rem);
    --_duration: var(--portal-motion-duration, 150ms);
  }

  @media (prefers-reduced-motion: reduce) {
    :host {
      --_duration: 0ms;
    }
  }
`;
