/**
 * Door-level actions of the desktop app that are not API calls (they act on the user's
 * desktop, not on the store): their IPC channels, shared by the preload and main.
 */

/** Open a finished export's folder in the system file manager; payload: the export's job id. */
export const REVEAL_EXPORT_CHANNEL = 'gouji:revealExport';
