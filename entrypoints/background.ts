import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import * as v from 'valibot';
import { viewCard } from '../core/cards/card-view.ts';
import type { CardStore } from '../core/cards/card.ts';
import { Request } from '../core/messages.ts';
import { buildSearch, search, type SearchIndex } from '../core/search/search.ts';
import cardStore from '../data/generated/card-store.json';

export default defineBackground(() => {
  const store = cardStore as unknown as CardStore;
  let index: SearchIndex | undefined;

  browser.runtime.onMessage.addListener((message: unknown) => {
    const parsed = v.safeParse(Request, message);
    if (!parsed.success) return undefined;
    const request = parsed.output;
    switch (request.type) {
      case 'card':
        return Promise.resolve(viewCard(store, request.id) ?? null);
      case 'search':
        index ??= buildSearch(store);
        return Promise.resolve(search(index, request.query, request.limit));
    }
  });
});
