/** What SIM Exit points at on a page (data/schema.ts ACTIONS), and what it found there. */
import type { Action } from '@/data/schema';

export type { Action };
export type Target = Action;

export type Found = Record<Action, boolean>;
