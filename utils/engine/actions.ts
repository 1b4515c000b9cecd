/** What SIM Exit points at on a page, and what it found there. */
export type Target = 'account' | 'cancel';

export type Found = Record<Target, boolean>;
