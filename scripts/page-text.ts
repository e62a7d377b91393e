/** The visible text of an HTML document, collected exactly as the content script does. */
import { parseHTML } from 'linkedom';
import { collectText } from '../page/collect-text.ts';

export function visibleTextOfHtml(html: string): string {
  const { document } = parseHTML(html);
  return collectText((document.body ?? document.documentElement) as unknown as Node).text;
}
