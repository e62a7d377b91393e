/**
 * The name index: every surface form a page may use, compiled from the dataset at build time
 * (data/compile.ts) and loaded by the content script, the CLIs and the tests.
 */
import type { EntityKind } from '../entities.ts';

/** A form that may stand alone only after its entity's full name earlier in the same text. */
export const FORM_SHORT = 1;
/** A form that is also an everyday word: counts only capitalised and with Marvel context. */
export const FORM_COMMON = 2;

export type IndexedEntity = [id: string, kind: EntityKind, label: string];
export type IndexedForm = [form: string, entities: number[], flags: number];

export interface NameIndex {
  version: 1;
  entities: IndexedEntity[];
  forms: IndexedForm[];
}
