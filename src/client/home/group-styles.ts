/** The look the start page's group parts share: buttons, links and the disclosure headings. */
import { css } from 'lit';

export const groupStyles = css`
  a.open, a.secondary, button { font: inherit; font-size: 16px; padding: 8px 14px; border-radius: 10px; cursor: pointer; text-decoration: none; }
  a.open, button.primary, button.new { background: var(--mw-accent); color: var(--mw-on-accent); font-weight: 700; border: 2px solid var(--mw-accent); }
  a.secondary, button { background: var(--mw-surface); border: 2px solid var(--mw-accent); color: var(--mw-accent); }
  details { margin-top: 12px; font-size: 17px; }
  summary { font-weight: 700; cursor: pointer; color: var(--mw-accent); padding: 4px 0; }
  .note { font-size: 17px; background: var(--mw-bg); border-left: 4px solid var(--mw-accent); padding: 8px 12px; }
`;

/** Tells the group list that a group changed on the server, so it loads the groups again. */
export const groupChanged = () => new Event('group-changed', { bubbles: true, composed: true });
