/** Entity kinds, ids and the shapes the compiled artefacts share between every layer. */
export const ENTITY_KINDS = ['character', 'person', 'series', 'issue', 'show', 'season', 'episode'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];
export type Continuity = 'comics' | 'netflix';
export const CONTINUITY_LABELS: Record<Continuity, string> = { comics: 'Comics', netflix: 'Netflix' };

/** The kind of an id such as `character:jessica-jones`. */
export function kindOfId(id: string): EntityKind | undefined {
  const kind = id.slice(0, id.indexOf(':'));
  return (ENTITY_KINDS as readonly string[]).includes(kind) ? (kind as EntityKind) : undefined;
}

/** One mention found in a text: UTF-16 offsets into that text. */
export interface Mention {
  start: number;
  end: number;
  text: string;
  kind: EntityKind;
  id: string;
  label: string;
}
