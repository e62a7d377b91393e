import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures.ts';
import { hoverText, waitForScan } from '../../scripts/page-actions.ts';

const manifestOf = (dir: string) => JSON.parse(readFileSync(`.output/${dir}/manifest.json`, 'utf8')) as Record<string, unknown>;

for (const dir of ['chrome-mv3', 'firefox-mv3']) {
  test(`the ${dir} manifest asks only for what Sidekick needs`, () => {
    const manifest = manifestOf(dir);
    expect([...(manifest.permissions as string[])].sort()).toEqual(['activeTab', 'contextMenus', 'scripting', 'storage']);
    expect(manifest.optional_permissions).toBeUndefined();
    // Host access is exactly the content script's reach, no wider: the pages it is declared
    // for, so the background can start a new version's script in tabs already open.
    expect([...(manifest.host_permissions as string[])].sort()).toEqual(['http://*/*', 'https://*/*']);
    expect(manifest.content_security_policy).toBeUndefined();
    expect(manifest.web_accessible_resources).toBeUndefined();
    expect(manifest.externally_connectable).toBeUndefined();
    const scripts = manifest.content_scripts as { matches: string[] }[];
    expect([...new Set(scripts.flatMap((s) => s.matches))].sort()).toEqual(['http://*/*', 'https://*/*']);
  });
}

/** Every script file of a build. */
function scriptsOf(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.js'))
    .map((f) => join(dir, f));
}

for (const dir of ['chrome-mv3', 'firefox-mv3']) {
  test(`the ${dir} build holds no network API at all`, () => {
    // Calls of the globals that reach the network (MiniSearch's own `fetch` method, defined as
    // `}fetch(…){` and called as `.fetch(`, is not one of them).
    const network = /(?<![\w$.}])(?:fetch|importScripts|sendBeacon)\s*\(|\b(?:XMLHttpRequest|WebSocket|EventSource|RTCPeerConnection)\b/;
    const found = scriptsOf(`.output/${dir}`).flatMap((file) => {
      const m = network.exec(readFileSync(file, 'utf8'));
      return m ? [`${file}: ${m[0]}`] : [];
    });
    expect(found).toEqual([]);
  });
}

for (const dir of ['chrome-mv3', 'firefox-mv3']) {
  test(`the ${dir} build holds no HTML sink at all`, () => {
    // What would turn a string into markup: our ESLint rule keeps these out of Sidekick's code,
    // build/no-html-sinks.ts out of Preact's.
    const sink =
      /\.(?:innerHTML|outerHTML)\s*(?:\+?=)(?!=)|\binsertAdjacentHTML\b|\bdocument\.write(?:ln)?\s*\(|\bcreateContextualFragment\b|\bsetHTMLUnsafe\b|\bparseFromString\b/;
    const found = scriptsOf(`.output/${dir}`).flatMap((file) => {
      const m = sink.exec(readFileSync(file, 'utf8'));
      return m ? [`${file}: ${m[0]}`] : [];
    });
    expect(found).toEqual([]);
  });
}

test('a whole session of use makes no network request of the extension’s own', async ({ context, page, extensionId, origin }) => {
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  const visited = new Set<string>();
  for (const name of ['comic-romance.html', 'season-two-news.html', 'test-structures.html']) {
    visited.add(`${origin}/${name}`);
    await page.goto(`${origin}/${name}`);
    await waitForScan(page as never);
  }
  visited.add(`${origin}/test-frame-child.html`);
  await page.goto(`${origin}/comic-romance.html`);
  await waitForScan(page as never);
  await hoverText(page as never, 'Luke Cage');
  await page.keyboard.press('Escape');

  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await popup.keyboard.type('jessica');
  await popup.keyboard.press('Enter');
  await popup.keyboard.press('Escape');
  await popup.getByLabel('Mark names on pages').click();
  await popup.goto(`chrome-extension://${extensionId}/options.html`);
  await popup.getByLabel(/Delay before a card opens/).fill('250');
  await popup.getByLabel(/Delay before a card opens/).blur();
  await popup.close();

  // The recorder sees the service worker's requests: one made on purpose shows up.
  const probe = `${origin}/index.html?probe-from-the-service-worker`;
  const worker = context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${extensionId}/`))!;
  await worker.evaluate(
    (url) =>
      fetch(url, { mode: 'no-cors' }).then(
        () => undefined,
        () => undefined,
      ),
    probe,
  );
  await expect.poll(() => requests.includes(probe)).toBe(true);

  const foreign = requests.filter(
    (url) => !url.startsWith(`chrome-extension://${extensionId}/`) && !visited.has(url) && url !== 'about:srcdoc' && url !== probe,
  );
  expect(foreign).toEqual([]);
});
