import { css } from 'lit';

export const messagesStyles = css`
  :host {
    max-width: var(--portal-messages-max-width, 48rem);
  }
  .inbox {
    display: grid;
    gap: var(--_space-4);
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-3);
    align-items: center;
    justify-content: space-between;
  }
  .toolbar h2 {
    margin: 0;
  }
  .threads {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space-2);
  }
  .thread-item {
    position: relative;
    display: grid;
    gap: var(--_space-1);
    padding: var(--_space-3) var(--_space-4);
    border: 1px solid var(--_border-subtle);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .thread-item.unread {
    border-inline-start: 0.375rem solid var(--_primary);
  }
  .thread-item:hover {
    background: var(--_info-bg);
  }
  .thread-open {
    all: unset;
    cursor: pointer;
    font-weight: 600;
    color: var(--_primary);
    text-decoration: underline;
    text-underline-offset: 0.15em;
    overflow-wrap: anywhere;
  }
  /* The whole card is clickable; the button stays the one focusable, named control. */
  .thread-open::after {
    content: '';
    position: absolute;
    inset: 0;
  }
  .thread-open:focus-visible {
    outline: var(--_focus-ring);
    outline-offset: 2px;
  }
  .unread .thread-open {
    font-weight: 800;
  }
  .unread-badge {
    color: var(--_primary);
    margin-inline-start: var(--_space-2);
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-1) var(--_space-3);
    color: var(--_text-muted);
    font-size: 0.9375em;
  }
  .preview {
    margin: 0;
    overflow: hidden;
    display: -webkit-box;
    -webkit-line-clamp: 2;
    -webkit-box-orient: vertical;
    overflow-wrap: anywhere;
  }
  .thread-view {
    display: grid;
    gap: var(--_space-4);
  }
  .conversation {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space-3);
  }
  .message {
    border: 1px solid var(--_border-subtle);
    border-radius: var(--_radius);
    padding: var(--_space-3) var(--_space-4);
    background: var(--_surface);
  }
  .message.from-patient {
    background: var(--_info-bg);
    margin-inline-start: var(--portal-messages-own-indent, 2rem);
  }
  .message header {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-1) var(--_space-3);
    margin-bottom: var(--_space-2);
  }
  .message .author {
    font-weight: 700;
  }
  .message-body {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
    margin: 0;
  }
  .attachments {
    margin: var(--_space-2) 0 0;
    padding-inline-start: 1.25rem;
  }
  .read-state {
    margin: var(--_space-2) 0 0;
    font-size: 0.9375em;
  }
  .load-more {
    justify-self: start;
  }
  @media (forced-colors: active) {
    .thread-item,
    .message {
      border-color: CanvasText;
    }
    .thread-item.unread {
      border-inline-start-color: Highlight;
    }
  }
`;
