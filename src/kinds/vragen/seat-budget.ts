/** How fast one seat may change its questions and votes; server and phone both keep to it. */

/**
 * Accepted changes one seat may make to its questions and votes: a burst, then a steady pace.
 * The server closes a seat that goes faster (4429); the phone keeps below it and says so first.
 */
export const SEAT_BUDGET = { burst: 20, perSecond: 0.5 } as const;
