/** The look every `<mw-<kind>-phone>` shares: the host, focus rings, the send button, the status hint and the explanation. */
import { css } from 'lit';

export const phoneStyles = css`
  :host { display: block; font-family: var(--mw-font); color: var(--mw-text); }
  button:focus-visible, input:focus-visible, textarea:focus-visible { outline: 3px solid var(--mw-accent); outline-offset: 2px; }
  .send {
    display: block; width: 100%; min-height: 56px; margin-top: 14px; font: inherit; font-size: 20px; font-weight: 700;
    text-align: center; border: 0; border-radius: var(--mw-radius); background: var(--mw-accent); color: var(--mw-on-accent);
  }
  .send[disabled] { opacity: 0.45; color: var(--mw-on-accent); }
  .send:focus-visible { outline-color: var(--mw-text); }
  .hint { font-size: 18px; font-weight: 600; margin: 16px 0 0; }
  .explanation { font-size: 17px; line-height: 1.4; margin: 10px 0 0; padding: 10px 12px;
    border-left: 5px solid var(--mw-correct); background: var(--mw-correct-soft); }
`;
