/**
 * The member's own history in their leergang, as a Lit context: the join page provides it in a
 * group's session (fetched once from the server), so a view can show the phone's own shift or last
 * session's task without any other phone's data. Undefined outside a leergang.
 */
import { createContext } from '@lit/context';
import type { MemberHistory } from '../../shared/leergang/member-history.ts';

export const memberHistoryContext = createContext<MemberHistory | undefined>('mentorwijs:member-history');
