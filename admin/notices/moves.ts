/** Every move on a notice carries the version read (compare-and-set) but a correction, which creates a new draft. */
export const isVersionedMove = (action: string) => action !== 'correct';
