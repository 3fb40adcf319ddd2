/** The public page on membership (server-rendered, src/server/site): tiers, prices, and how to join. */
export const MEMBERSHIP_PAGE_PATH = '/premium';
