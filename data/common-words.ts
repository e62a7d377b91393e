/**
 * Which surface forms are also everyday words. Such a form counts on a page only when it is
 * capitalised and other Marvel entities are near ("Alias", "The Pulse", "Cage", "Purple").
 */
const EVERYDAY = new Set([
  'alias',
  'the pulse',
  'pulse',
  'cage',
  'the hand',
  'hand',
  'defenders',
  'the defenders',
  'purple',
  'jewel',
  'stick',
  'pop',
  'shades',
  'zip',
  'echo',
  'sentry',
  'the hood',
  'hood',
  'comanche',
  'wong',
  'thor',
  'hulk',
  'wolverine',
  'bullseye',
  'micro',
  'jigsaw',
  'davos',
  'murakami',
  'robyn',
  'ruben',
  'knightress',
  'hellcat',
  'power man',
  'iron fist',
  'daredevil',
  'punisher',
  'the punisher',
  'black sky',
  'kingpin',
  'owl',
  'the owl',
  'wasp',
  'mockingbird',
  'ronin',
  'nightshade',
  'stiletto',
]);

export function isCommonForm(surface: string): boolean {
  const form = surface.trim().toLowerCase();
  // One word is too easily an ordinary word or a first name; names of two or more words are not.
  return EVERYDAY.has(form) || !/\s/.test(form);
}
