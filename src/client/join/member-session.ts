/**
 * A leergang's session on the phone: fetches the member's own history once and provides it to the
 * join app's views (memberHistoryContext), so a comparing scale shows their own shift and the
 * catch-up card what they missed, also on a new phone. Loaded only in a group's session, with the
 * views only a member sees (the welcome with the personal code, the bar above the live view).
 */
import { memberHistoryContext } from '../lib/member-history-context.ts';
import { provideLater } from '../lib/provide-later.ts';
import type { MemberHistory } from '../../shared/leergang/member-history.ts';
import { fetchMemberHistory } from '../../sync/member-api.ts';
import type { Membership } from '../../sync/room-api.ts';
import { rememberMembership } from './membership-changes.ts';
import './mw-member-bar.ts';
import './mw-member-welcome.ts';

/** Defines <mw-my-leergang> (the `?leergang` page): not on the way to a first answer, so loaded only when it opens. */
export const loadMyLeergang = () => import('./mw-my-leergang.ts');

/**
 * Keeps the membership the seat carries (the token that recognises the phone next time) and
 * provides the history on `host`: undefined until it arrives, and so when the server cannot be reached.
 */
export default function startMemberSession(host: HTMLElement, membership: Membership, origin: string): void {
  rememberMembership(localStorage, membership);
  const provide = provideLater<MemberHistory>(host, memberHistoryContext);
  fetchMemberHistory(origin, { group: membership.group.id, member: membership.id, token: membership.token }).then(
    ({ history }) => provide(history),
    // Without it the phone still works: it compares with what it kept itself.
    (error: unknown) => console.warn('no member history', error),
  );
}
