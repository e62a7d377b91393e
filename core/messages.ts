/** Messages between the content script, the popup and the background, parsed where they arrive. */
import * as v from 'valibot';

export const Request = v.variant('type', [
  v.object({ type: v.literal('card'), id: v.pipe(v.string(), v.maxLength(200)) }),
  v.object({
    type: v.literal('search'),
    query: v.pipe(v.string(), v.maxLength(200)),
    limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(50))),
  }),
  /** Where the seasons, episodes and issues a page mentions sit in their works (page notice). */
  v.object({ type: v.literal('points'), ids: v.pipe(v.array(v.pipe(v.string(), v.maxLength(200))), v.maxLength(2000)) }),
  /** The popup's settings, saved by the background: a popup may close before its own write ends. */
  v.object({ type: v.literal('save-settings'), settings: v.unknown() }),
]);
export type Request = v.InferOutput<typeof Request>;

/** Popup → content script. */
export const TabRequest = v.variant('type', [
  v.object({ type: v.literal('page-mentions') }),
  v.object({ type: v.literal('show-mention'), id: v.pipe(v.string(), v.maxLength(200)) }),
  /** Keyboard command or context menu: open the card for the selected text. */
  v.object({ type: v.literal('lookup-selection') }),
  /** Keyboard command: step to the next mention on the page and open its card. */
  v.object({ type: v.literal('next-mention') }),
]);
export type TabRequest = v.InferOutput<typeof TabRequest>;

export interface PageEntity {
  id: string;
  kind: string;
  label: string;
  count: number;
}
