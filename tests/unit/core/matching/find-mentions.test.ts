import { describe, expect, it } from 'vitest';
import { buildMatcher } from '../../../../core/matching/build-matcher.ts';
import { findMentions } from '../../../../core/matching/find-mentions.ts';
import { testIndex } from './test-index.ts';

const matcher = buildMatcher(testIndex);
const found = (text: string) => findMentions(text, matcher).map((m) => [m.text, m.id]);

describe('findMentions: names', () => {
  it.each<[string, [string, string][]]>([
    [
      'Jessica Jones met Luke Cage.',
      [
        ['Jessica Jones', 'character:jessica-jones'],
        ['Luke Cage', 'character:luke-cage'],
      ],
    ],
    [
      'JESSICA JONES AND LUKE CAGE',
      [
        ['JESSICA JONES', 'character:jessica-jones'],
        ['LUKE CAGE', 'character:luke-cage'],
      ],
    ],
    [
      'Luke Cage’s wife, then Luke’s partner',
      [
        ['Luke Cage', 'character:luke-cage'],
        ['Luke', 'character:luke-cage'],
      ],
    ],
    [
      'Luke\u00a0Cage and Luke Ca\u00adge',
      [
        ['Luke\u00a0Cage', 'character:luke-cage'],
        ['Luke Ca\u00adge', 'character:luke-cage'],
      ],
    ],
    [
      'Ms. Marvel and Ms Marvel',
      [
        ['Ms. Marvel', 'character:carol-danvers'],
        ['Ms Marvel', 'character:carol-danvers'],
      ],
    ],
    [
      'Spider-Woman, Spider Woman and Spider–Woman',
      [
        ['Spider-Woman', 'character:jessica-drew'],
        ['Spider Woman', 'character:jessica-drew'],
        ['Spider–Woman', 'character:jessica-drew'],
      ],
    ],
  ])('finds the names in %j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('maps mentions to offsets in the original text', () => {
    const text = 'Soft\u00ad hy\u200bphens before Luke Cage';
    const [m] = findMentions(text, matcher);
    expect(text.slice(m!.start, m!.end)).toBe('Luke Cage');
    expect(m).toMatchObject({ kind: 'character', label: 'Luke Cage' });
  });

  it('resolves a short form only after the full name appeared', () => {
    expect(found('Jessica walked in. Later, Jessica Jones sat down and Jessica smiled.')).toEqual([
      ['Jessica Jones', 'character:jessica-jones'],
      ['Jessica', 'character:jessica-jones'],
    ]);
  });

  it('resolves a short form alone when Marvel is near and it names one entity only', () => {
    expect(found('Trish (and her radio show) kept Jessica Jones busy.')).toEqual([
      ['Trish', 'character:trish-walker'],
      ['Jessica Jones', 'character:jessica-jones'],
    ]);
    // With nothing Marvel near, a first name is just a first name.
    expect(found('Trish kept everyone busy.')).toEqual([]);
  });

  it('reads a first name and a surname that are both short forms of one entity as its full name', () => {
    expect(found('Then Greg Sallinger called. Later, Sallinger smiled.')).toEqual([
      ['Greg Sallinger', 'character:gregory-sallinger'],
      ['Sallinger', 'character:gregory-sallinger'],
    ]);
    // Lower case, or two people's words: not a name.
    expect(found('Then greg sallinger called.')).toEqual([]);
  });

  it('resolves a short form two characters share to the one of the continuity the text is about', () => {
    expect(found('Luke Cage season 2 recap. Mariah is furious.').map(([, id]) => id)).toEqual([
      'season:luke-cage-2',
      'character:mariah-dillard',
    ]);
    expect(found('In Alias #3, Luke Cage waits. Mariah is furious.').map(([, id]) => id)).toEqual([
      'issue:alias-2001-3',
      'character:luke-cage',
      'character:black-mariah',
    ]);
    // A text about neither, or both: no telling which.
    expect(found('Luke Cage waits. Mariah is furious.').map(([, id]) => id)).toEqual(['character:luke-cage']);
  });

  it('leaves a surname that names the whole family', () => {
    expect(found('Trish Walker came home. The Walker family was waiting, and Walker smiled.')).toEqual([
      ['Trish Walker', 'character:trish-walker'],
      ['Walker', 'character:trish-walker'],
    ]);
  });

  it('counts every mention found as Marvel context for what follows, not only full names', () => {
    const filler = 'The rain kept falling on the city that night. '.repeat(26); // ~1,200 characters
    const text = `Jessica Jones took the case. ${filler}Trish called. ${filler}Trish called again.`;
    expect(found(text)).toEqual([
      ['Jessica Jones', 'character:jessica-jones'],
      ['Trish', 'character:trish-walker'],
      ['Trish', 'character:trish-walker'],
    ]);
  });

  it('leaves a short form inside someone else’s name', () => {
    expect(found('Jessica Jones met Trish Stratus, writer David Walker and the Rand-Meachum board.')).toEqual([
      ['Jessica Jones', 'character:jessica-jones'],
    ]);
    // A headline in Title Case is not a full name.
    expect(found('Jessica Jones: Trish Goes Rogue Again')).toEqual([
      ['Jessica Jones', 'character:jessica-jones'],
      ['Trish', 'character:trish-walker'],
    ]);
  });

  it('leaves a short form that is something else here: a thing, a sentence’s first word, another person’s first name', () => {
    expect(found('Jessica Jones fought the Hand. Will she win?')).toEqual([['Jessica Jones', 'character:jessica-jones']]);
    expect(found('Janet McTeer joins Jessica Jones. Janet’s talent shows.')).toEqual([
      ['Janet McTeer', 'person:janet-mcteer'],
      ['Jessica Jones', 'character:jessica-jones'],
    ]);
    // After the full name, the short form is that person's, even opening a sentence.
    expect(found('Will Simpson returns to Jessica Jones. Will is angry.').at(-1)).toEqual(['Will', 'character:will-simpson']);
  });

  it('does not read a title inside a longer title as that series', () => {
    expect(found('Jessica Jones read Ultimate Daredevil #2, then Daredevil #2.').map(([, id]) => id)).toEqual([
      'character:jessica-jones',
      'issue:daredevil-1964-2',
    ]);
  });

  it('reads a comic named like a team as the team after “the”, unless its grammar makes it the comic', () => {
    expect(found('Jessica Jones moved into Avengers Mansion.')).toEqual([['Jessica Jones', 'character:jessica-jones']]);
    expect(found('Jessica Jones has a past tied to the Avengers. She reads the Avengers #3 and The Avengers comics.')).toEqual([
      ['Jessica Jones', 'character:jessica-jones'],
      ['the Avengers #3', 'issue:avengers-1963-3'],
      ['The Avengers', 'series:avengers-1963'],
    ]);
    // After "as", "joined", "member of"… a team's name is the team; "such as" lists comics.
    expect(found('Jessica Jones joined Avengers and worked as Avengers; she reads books such as Avengers.').map(([, id]) => id)).toEqual([
      'character:jessica-jones',
      'series:avengers-1963',
    ]);
    // A team's name with a capital “The” is the team too, unless a comic's words follow.
    expect(found('Jessica Jones kept away from The Avengers, not from The Avengers Annual.').map(([, id]) => id)).toEqual([
      'character:jessica-jones',
      'series:avengers-1963',
    ]);
  });

  it('reads a title that starts with “The” as the character when it stands as a name’s alias or a role', () => {
    expect(found('Frank Castle / The Punisher returns; Frank Castle, or The Punisher, too.').map(([t, id]) => `${t}=${id}`)).toEqual([
      'Frank Castle=character:frank-castle',
      'Punisher=character:frank-castle',
      'Frank Castle=character:frank-castle',
      'Punisher=character:frank-castle',
    ]);
    expect(found('I watched The Punisher with Frank Castle.').map(([, id]) => id)).toEqual(['show:the-punisher', 'character:frank-castle']);
    expect(found('Frank Castle is back: the comic book character, The Punisher, was created by Marvel.').map(([, id]) => id)).toEqual([
      'character:frank-castle',
      'character:frank-castle',
    ]);
  });

  it('reads the name after a lower-case “the” when the title that starts with it does not hold', () => {
    expect(found('Jessica Jones fought the Punisher.')).toEqual([
      ['Jessica Jones', 'character:jessica-jones'],
      ['Punisher', 'character:frank-castle'],
    ]);
  });

  it('resolves a shared short form to the entity named most recently', () => {
    expect(found('Jessica Jones called Jessica Drew. Jessica answered.').at(-1)).toEqual(['Jessica', 'character:jessica-drew']);
  });

  it('resolves an alias two characters share to the one named most recently', () => {
    expect(found('Hank Pym retired; Scott Lang became Ant-Man.').at(-1)).toEqual(['Ant-Man', 'character:scott-lang']);
    expect(found('Scott Lang met Hank Pym, the first Ant-Man.').at(-1)).toEqual(['Ant-Man', 'character:ant-man-hank-pym']);
  });

  it('ignores a lower-case short form', () => {
    expect(found('Luke Cage is in a cage.')).toEqual([['Luke Cage', 'character:luke-cage']]);
  });

  it('does not run a name across a block boundary or a sentence', () => {
    expect(found('Luke\u2029Cage')).toEqual([]);
    expect(found('Luke\n\nCage')).toEqual([]);
    // A line break in a paragraph's source is rendered as a space.
    expect(found('Luke\n      Cage')).toEqual([['Luke\n      Cage', 'character:luke-cage']]);
    expect(found('I love Luke. Cage is a word.')).toEqual([]);
  });

  it('does not match inside longer words', () => {
    expect(found('Luke Cagey and Jessica Joneses')).toEqual([]);
  });
});

describe('findMentions: common words', () => {
  it.each<[string, [string, string][]]>([
    ['My alias at work is Alias.', []],
    ['Jessica Jones first appeared in an alias.', [['Jessica Jones', 'character:jessica-jones']]],
    [
      'Jessica Jones first appeared in Alias.',
      [
        ['Jessica Jones', 'character:jessica-jones'],
        ['Alias', 'series:alias-2001'],
      ],
    ],
    ['Jennifer Garner starred in Alias, the ABC spy drama.', []],
    ['She runs Alias Investigations, says Luke Cage.', [['Luke Cage', 'character:luke-cage']]],
    ['Luke Cage is not Nicolas Cage.', [['Luke Cage', 'character:luke-cage']]],
    ['The DC Defenders won the XFL title game.', []],
    [
      'Marvel fans: Jessica Jones joined The Defenders.',
      [
        ['Jessica Jones', 'character:jessica-jones'],
        ['The Defenders', 'show:the-defenders'],
      ],
    ],
    ['Take the pulse of the city.', []],
    [
      'Kilgrave came back. Purple Man, again.',
      [
        ['Kilgrave', 'character:kilgrave'],
        ['Purple Man', 'character:kilgrave'],
      ],
    ],
    ['Kilgrave is a name.', []],
  ])('%j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('findMentions: comic issues', () => {
  it.each<[string, [string, string][]]>([
    ['In The Pulse Vol. 1 #14 she remembers.', [['The Pulse Vol. 1 #14', 'issue:the-pulse-2004-14']]],
    ['First seen in Daredevil (vol. 2) #3.', [['Daredevil (vol. 2) #3', 'issue:daredevil-1998-3']]],
    [
      'Read The Pulse #14 and The Pulse # 13.',
      [
        ['The Pulse #14', 'issue:the-pulse-2004-14'],
        ['The Pulse # 13', 'issue:the-pulse-2004-13'],
      ],
    ],
    [
      'The Pulse No. 12, The Pulse issue 11, The Pulse issue #10',
      [
        ['The Pulse No. 12', 'issue:the-pulse-2004-12'],
        ['The Pulse issue 11', 'issue:the-pulse-2004-11'],
        ['The Pulse issue #10', 'issue:the-pulse-2004-10'],
      ],
    ],
    ['It began in Issue 1 of Alias.', [['Issue 1 of Alias', 'issue:alias-2001-1']]],
    ['They wed in New Avengers Annual #1.', [['New Avengers Annual #1', 'issue:new-avengers-2005-annual-1']]],
    ['They wed in New Avengers Annual Vol. 1 #1.', [['New Avengers Annual Vol. 1 #1', 'issue:new-avengers-2005-annual-1']]],
    ['Read Alias #1–28 first.', [['Alias #1–28', 'series:alias-2001']]],
    ['Alias #99 does not exist, says Marvel.', [['Alias', 'series:alias-2001']]],
    [
      'Daredevil #3 and Daredevil vol. 2 #3 and Daredevil (1998) #4',
      [
        ['Daredevil #3', 'issue:daredevil-1964-3'],
        ['Daredevil vol. 2 #3', 'issue:daredevil-1998-3'],
        ['Daredevil (1998) #4', 'issue:daredevil-1998-4'],
      ],
    ],
    ['Jessica Jones #5 sees her in jail.', [['Jessica Jones #5', 'issue:jessica-jones-2016-5']]],
    ['Power Man and Iron Fist #50 teams them up.', [['Power Man and Iron Fist #50', 'issue:hero-for-hire-1972-50']]],
    ['Luke Cage, Hero for Hire #1 is his debut.', [['Luke Cage, Hero for Hire #1', 'issue:hero-for-hire-1972-1']]],
  ])('%j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('reads a bare “issue #2” as the series named right before it, or the one the text is about', () => {
    // Right after a title: that series.
    expect(found('Jessica Jones #1 is out. New Avengers begins with issue #1.').map(([, id]) => id)).toEqual([
      'issue:jessica-jones-2016-1',
      'series:new-avengers-2005',
      'issue:new-avengers-2005-1',
    ]);
    // A title in passing a while back: the series whose issues the text names.
    const review =
      'Jessica Jones #1 is out, and Jessica Jones #1 is good. If you loved The Pulse, read it: the art is moody, the plot is tight, and the colours keep the city grey and tired. Issue #2 cannot come soon enough.';
    expect(found(review).map(([, id]) => id)).toEqual([
      'issue:jessica-jones-2016-1',
      'issue:jessica-jones-2016-1',
      'series:the-pulse-2004',
      'issue:jessica-jones-2016-2',
    ]);
  });

  it('does not read a sequel’s title as the first title', () => {
    expect(found('New Avengers II was never made, but New Avengers was.').map(([, id]) => id)).toEqual(['series:new-avengers-2005']);
  });
});

describe('findMentions: seasons and episodes', () => {
  it.each<[string, [string, string][]]>([
    ['episode six of The Defenders', [['episode six of The Defenders', 'episode:the-defenders-1x06']]],
    [
      'Jessica Jones S01.E03 and Jessica Jones season two, episode five',
      [
        ['Jessica Jones S01.E03', 'episode:jessica-jones-1x03'],
        ['Jessica Jones season two, episode five', 'episode:jessica-jones-2x05'],
      ],
    ],
    ['Season 2 of Luke Cage premieres soon.', [['Season 2 of Luke Cage', 'season:luke-cage-2']]],
    ['Luke Cage Season 2 is out.', [['Luke Cage Season 2', 'season:luke-cage-2']]],
    ['Luke Cage: Season Two is out.', [['Luke Cage: Season Two', 'season:luke-cage-2']]],
    ['‘Jessica Jones’ Season 3 ends it.', [['Jessica Jones’ Season 3', 'season:jessica-jones-3']]],
    ['the second season of Jessica Jones is darker', [['second season of Jessica Jones', 'season:jessica-jones-2']]],
    ["Jessica Jones' second season is darker", [["Jessica Jones' second season", 'season:jessica-jones-2']]],
    [
      'Luke Cage S2 and Luke Cage S02E05 and Luke Cage 2x05',
      [
        ['Luke Cage S2', 'season:luke-cage-2'],
        ['Luke Cage S02E05', 'episode:luke-cage-2x05'],
        ['Luke Cage 2x05', 'episode:luke-cage-2x05'],
      ],
    ],
    ['episode 5 of season 2 of Luke Cage', [['episode 5 of season 2 of Luke Cage', 'episode:luke-cage-2x05']]],
    ['Marvel’s Luke Cage is back', [['Marvel’s Luke Cage', 'show:luke-cage']]],
    ['The pilot, AKA Ladies Night, sets it up.', [['AKA Ladies Night', 'episode:jessica-jones-1x01']]],
    [
      'Marvel’s Luke Cage opens season two with Soul Brother #1.',
      [
        ['Marvel’s Luke Cage', 'show:luke-cage'],
        ['season two', 'season:luke-cage-2'],
        ['Soul Brother #1', 'episode:luke-cage-2x01'],
      ],
    ],
    ['Luke Cage Season 9 never happened.', [['Luke Cage', 'show:luke-cage']]],
  ])('%j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('reads bare season and episode codes when the text is about one show', () => {
    expect(
      found('Our Marvel’s Luke Cage recap: in season 2, episode 5 Bushmaster strikes; S01E03 and 1x04 and Ep. 110 were quieter.'),
    ).toEqual([
      ['Marvel’s Luke Cage', 'show:luke-cage'],
      ['season 2, episode 5', 'episode:luke-cage-2x05'],
      ['S01E03', 'episode:luke-cage-1x03'],
      ['1x04', 'episode:luke-cage-1x04'],
      ['Ep. 110', 'episode:luke-cage-1x10'],
    ]);
  });

  it('leaves bare codes alone when the text is about two shows, or none', () => {
    expect(found('Luke Cage Season 1 and Jessica Jones Season 1 aired; season 2 came later.')).toEqual([
      ['Luke Cage Season 1', 'season:luke-cage-1'],
      ['Jessica Jones Season 1', 'season:jessica-jones-1'],
    ]);
    expect(found('In season 2, episode 5 of my favourite sitcom, nothing happens.')).toEqual([]);
  });

  it('leaves a bare code alone when it is of another work, named after it', () => {
    const about = 'Our Luke Cage recap. ';
    expect(found(`${about}Season 2 of Defenders never came, nor season 3 of “Stranger Things”.`)).toEqual([
      ['Luke Cage', 'show:luke-cage'],
    ]);
    expect(found(`${about}In episode 5 of Season 2 he wins.`)).toEqual([
      ['Luke Cage', 'show:luke-cage'],
      ['episode 5 of Season 2', 'episode:luke-cage-2x05'],
    ]);
  });
});

describe('findMentions: a comic’s everyday-word title in a text about the shows', () => {
  it('is the show’s word until a comic is named or the words make it one', () => {
    const about = 'Jessica Jones season 1 and Luke Cage season 2 recaps. ';
    expect(found(`${about}Back at Alias, Malcolm waits.`).map(([, id]) => id)).toEqual(['season:jessica-jones-1', 'season:luke-cage-2']);
    expect(found(`${about}She read the Alias comics first.`).at(-1)).toEqual(['Alias', 'series:alias-2001']);
    expect(found(`${about}Alias #1 came first. Back at Alias, Malcolm waits.`).at(-1)).toEqual(['Alias', 'series:alias-2001']);
    // One show named is enough; quotes and a comma after "comic book" do not hide a comic's words.
    const one = 'Jessica Jones season 1 recap. ';
    expect(found(`${one}Back at Alias, Malcolm waits.`).map(([, id]) => id)).toEqual(['season:jessica-jones-1']);
    expect(found(`${one}She stars in 28 issues of 'Alias' first.`).at(-1)).toEqual(['Alias', 'series:alias-2001']);
    expect(found(`${one}It is based on the comic book, Alias, by Bendis.`).at(-1)).toEqual(['Alias', 'series:alias-2001']);
  });
});

describe('findMentions: one-word episode titles', () => {
  it('reads a one-word title as the episode in quotes only', () => {
    expect(found('The Punisher season 1 episodes: “Kandahar”, "Kandahar," and Kandahar, the city.')).toEqual([
      ['The Punisher season 1', 'season:the-punisher-1'],
      ['Kandahar', 'episode:the-punisher-1x03'],
      ['Kandahar', 'episode:the-punisher-1x03'],
    ]);
  });
});

describe('findMentions: show, comic or character', () => {
  it.each<[string, string]>([
    ['the Jessica Jones series', 'show:jessica-jones'],
    ['Jessica Jones showrunner Melissa Rosenberg', 'show:jessica-jones'],
    ['an executive producer of Jessica Jones', 'show:jessica-jones'],
    ['the “Luke Cage” writers', 'show:luke-cage'],
    ['Jessica Jones punched him', 'character:jessica-jones'],
    ['Jessica Jones vol. 2 is good', 'series:jessica-jones-2016'],
    ['Luke Cage has been cancelled', 'show:luke-cage'],
    ['Jessica Jones is a character in the show', 'character:jessica-jones'],
  ])('%j names %s', (text, id) => {
    expect(findMentions(text, matcher)[0]?.id).toBe(id);
  });

  it('reads a title right after someone’s name and “of” as the show they are in', () => {
    expect(found('Kilgrave of Jessica Jones set the bar, and Luke Cage of all people agreed.')).toEqual([
      ['Kilgrave', 'character:kilgrave'],
      ['Jessica Jones', 'show:jessica-jones'],
      ['Luke Cage', 'character:luke-cage'],
    ]);
  });

  it('reads a title as the show next to what only a show has: an actor, one of its episodes, a character “on” it', () => {
    expect(found('Jessica Jones’ Janet McTeer is superb.').map(([, id]) => id)).toEqual(['show:jessica-jones', 'person:janet-mcteer']);
    expect(found('Jessica Jones: AKA Ladies Night is the pilot.').map(([, id]) => id)).toEqual([
      'show:jessica-jones',
      'episode:jessica-jones-1x01',
    ]);
    // "on" and "in" only in a text about the shows.
    expect(found('Luke Cage season 1 ended. Kilgrave on Jessica Jones was chilling.').map(([, id]) => id)).toEqual([
      'season:luke-cage-1',
      'character:kilgrave',
      'show:jessica-jones',
    ]);
    expect(found('Kilgrave on Jessica Jones was chilling.').map(([, id]) => id)).toEqual(['character:kilgrave', 'character:jessica-jones']);
  });

  it('reads weaker words (a review, fans) as the show’s only in a text that is about the shows', () => {
    expect(found('Luke Cage season 1 ended. Our second Jessica Jones review is up.').map(([, id]) => id)).toEqual([
      'season:luke-cage-1',
      'show:jessica-jones',
    ]);
    expect(found('Jessica Jones vol. 2 #1 is out. Our second Jessica Jones review is up.').map(([, id]) => id)).toEqual([
      'issue:jessica-jones-2016-1',
      'character:jessica-jones',
    ]);
  });
});
