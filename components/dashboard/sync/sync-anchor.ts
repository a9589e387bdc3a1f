/** `#/settings/sync` opens Settings at the Sync card (the navigation's sync status links there). */
export const SYNC_ANCHOR = 'sync';
