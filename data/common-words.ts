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
  'the chaste',
  'chaste',
  'defenders',
  'the defenders',
  'stuart little', // the writer shares the name of a film's mouse
  'christopher priest', // also a British novelist (The Prestige)
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
  'night nurse',
]);

export function isCommonForm(surface: string): boolean {
  const form = surface.trim().toLowerCase();
  // One word is too easily an ordinary word or a first name; names of two or more words are not.
  return EVERYDAY.has(form) || !/\s/.test(form);
}

/** Words that show a text is about Marvel, without being a card of their own. */
export const CONTEXT_WORDS = ['Marvel', 'Marvel Comics', 'MCU', 'Marvel Cinematic Universe', "Hell's Kitchen", 'Harlem'];

/** Phrases that contain a name but are something else: they are read, and then ignored. */
export const NOT_NAMES = [
  'Alias Investigations',
  'Alias Investigation',
  'Alias Grace',
  'Nicolas Cage',
  'Nic Cage',
  'John Cage',
  'Cage the Elephant',
  'DC Defenders',
  // Other works whose titles hold our names: Marvel's films and its Disney+ series.
  'Daredevil: Born Again',
  "Marvel's Daredevil: Born Again",
  'Spider-Man: Homecoming',
  'Spider-Man: Far From Home',
  'Spider-Man: No Way Home',
  'Iron Man 2',
  'Iron Man 3',
  'Captain America: The First Avenger',
  'Captain America: The Winter Soldier',
  'Captain America: Civil War',
  'Captain America: Brave New World',
  'Thor: The Dark World',
  'Thor: Ragnarok',
  'Thor: Love and Thunder',
  'Avengers: Age of Ultron',
  'Avengers: Infinity War',
  'Avengers: Endgame',
  'Doctor Strange in the Multiverse of Madness',
  'She-Hulk: Attorney at Law',
];

/** Comic titles that are also teams' names, without a leading "The": "joined the Avengers" is
 *  the team. */
export const TEAM_TITLES = new Set([
  'avengers',
  'new avengers',
  'mighty avengers',
  'dark avengers',
  'x-men',
  'fantastic four',
  'defenders',
  'heroes for hire',
  'thunderbolts',
  'daughters of the dragon',
  'illuminati',
]);

export const isTeamTitle = (surface: string) =>
  TEAM_TITLES.has(
    surface
      .trim()
      .toLowerCase()
      .replace(/^the\s+/, ''),
  );
