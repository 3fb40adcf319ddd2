/** The release this app was built as (vite.config.ts), so a member can tell which version they run. */
export const APP_RELEASE: string = import.meta.env.BACKSTRONG_RELEASE ?? 'development';
