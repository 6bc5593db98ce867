// Back on a list, the keyboard is where it left: the row whose link was followed from that very
// history entry (keyed by the entry, so a fresh visit to the list starts at its title).
const rows = new Map<string, string>();

export const rememberRow = (entryKey: string, rowId: string) => rows.set(entryKey, rowId);

export const rememberedRow = (entryKey: string) => rows.get(entryKey);
