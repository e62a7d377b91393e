/** Ways real pages write the dataset's names that its records do not spell out. */
import { describe, expect, it } from 'vitest';
import { buildMatcher } from '../../../core/matching/build-matcher.ts';
import { findMentions } from '../../../core/matching/find-mentions.ts';
import { compileDataset } from '../../../data/compile.ts';
import { loadSources } from '../../../data/load-sources.ts';
import { SOURCES_DIR } from '../../../data/paths.ts';

const { index } = compileDataset(loadSources(SOURCES_DIR).dataset);
const matcher = buildMatcher(index);
const ids = (text: string) => findMentions(text, matcher).map((m) => [m.text, m.id]);

describe('titles as pages write them', () => {
  it('reads “&” for “and” in a title', () => {
    expect(ids('The run ended with Power Man & Iron Fist #125.')).toEqual([['Power Man & Iron Fist #125', 'issue:hero-for-hire-1972-125']]);
  });

  it('reads a title a series carried for part of its run only for the issues it carried it', () => {
    expect(ids('Power Man and Iron Fist #50 and Power Man and Iron Fist #1, the 2016 one.').map(([, id]) => id)).toEqual([
      'issue:hero-for-hire-1972-50',
      'series:power-man-and-iron-fist-2016',
    ]);
  });

  it('reads a series’ one-word short title only with an issue number', () => {
    expect(ids('Jessica Jones returns in Pulse #14. Pulse rates rise.')).toEqual([
      ['Jessica Jones', 'character:jessica-jones'],
      ['Pulse #14', 'issue:the-pulse-2004-14'],
    ]);
  });

  it('reads a quoted one-word episode title, but not a show’s title in quotes', () => {
    expect(ids('Daredevil season 3 goes on with “Blindsided” and ‘Daredevil’ itself.').map(([, id]) => id)).toEqual([
      'season:daredevil-3',
      'episode:daredevil-3x04',
      'show:daredevil',
    ]);
  });

  it('reads an episode title with a contraction or a possessive in it', () => {
    expect(ids('Luke Cage season 2 goes on with “If It Ain’t Rough, It Ain’t Right” and “For Pete’s Sake”.').map(([, id]) => id)).toEqual([
      'season:luke-cage-2',
      'episode:luke-cage-2x08',
      'episode:luke-cage-2x09',
    ]);
  });

  it('reads a Jessica Jones title without its “AKA” in quotes only', () => {
    expect(ids('Jessica Jones season 2 goes on with “God Help the Hobo” and “The Octopus”. The Octopus is a tattoo.')).toEqual([
      ['Jessica Jones season 2', 'season:jessica-jones-2'],
      ['God Help the Hobo', 'episode:jessica-jones-2x04'],
      ['The Octopus', 'episode:jessica-jones-2x05'],
    ]);
  });

  it('reads an episode title without the number it ends with', () => {
    expect(ids('Luke Cage season 2 opens with “Soul Brother,” a fine hour.').map(([, id]) => id)).toEqual([
      'season:luke-cage-2',
      'episode:luke-cage-2x01',
    ]);
  });

  it('reads an episode code written with the multiplication sign', () => {
    expect(ids('Daredevil 1×02: the second episode.')).toEqual([['Daredevil 1×02', 'episode:daredevil-1x02']]);
  });
});

describe('people credited under another name', () => {
  it('reads each name a person is credited under as that person', () => {
    expect(
      ids('The last Power Man and Iron Fist issues were by Christopher Priest and M. D. Bright, after Mary Jo Duffy.').slice(1),
    ).toEqual([
      ['Christopher Priest', 'person:jim-owsley'],
      ['M. D. Bright', 'person:mark-bright'],
      ['Mary Jo Duffy', 'person:jo-duffy'],
    ]);
    // The novelist of the same name, on a page with nothing Marvel.
    expect(ids('Christopher Priest wrote the novel The Prestige.')).toEqual([]);
  });
});

describe('names that are not names', () => {
  it('does not read a one-word alias that is someone else’s first name', () => {
    // "Rachel" is an alias of Amy Bendix; Rachael Taylor plays Trish (here misspelt, as pages do).
    expect(ids('Jessica Jones season 2: Patsy Walker, portrayed by Rachel Taylor, is back.').map(([, id]) => id)).toEqual([
      'season:jessica-jones-2',
      'character:trish-walker',
    ]);
  });

  it('reads a full name shared with something famous only with Marvel near', () => {
    expect(ids('We watched Stuart Little last night, a film about a mouse.')).toEqual([]);
    expect(ids('Patsy Walker was created by Stuart Little and Ruth Atkinson.').map(([, id]) => id)).toContain('person:stuart-little');
  });

  it('reads a surname that is also a character’s alias by the short form’s rules', () => {
    // Mary Walker's alias "Walker" is someone else's surname as often as hers.
    expect(ids('Luke Cage returns, drawn by Brad Walker; Walker’s pencils look great.')).toEqual([
      ['Luke Cage', 'character:luke-cage'],
      ['Brad Walker', 'person:brad-walker'],
      ['Walker', 'person:brad-walker'],
    ]);
  });

  it('does not take a real name recorded as “unknown” for a name', () => {
    expect(ids('Danny Rand trained in secret. Unknown to either, Stick watched.').map(([, id]) => id)).toEqual([
      'character:danny-rand',
      'character:stick',
    ]);
  });
});

describe('names as news, recaps and wikis write them', () => {
  it('reads a firm named for its partners as no one (“Nelson & Murdock”), first names joined by “&” as people', () => {
    expect(ids('Matt Murdock met Foggy Nelson. Nelson & Murdock closed; Nelson, Murdock & Page opened. Foggy & Karen danced.')).toEqual([
      ['Matt Murdock', 'character:matt-murdock'],
      ['Foggy Nelson', 'character:foggy-nelson'],
      ['Foggy', 'character:foggy-nelson'],
      ['Karen', 'character:karen-page'],
    ]);
  });

  it('reads “Marvel’s” before a title with an issue number as the comic, before a year as the show', () => {
    expect(ids('Elektra was first seen in Marvel’s Daredevil #168 (January, 1981).').at(-1)).toEqual([
      'Daredevil #168',
      'issue:daredevil-1964-168',
    ]);
    expect(ids('In Marvel’s Jessica Jones (2015), Kilgrave is played by David Tennant.')[0]).toEqual([
      'Marvel’s Jessica Jones',
      'show:jessica-jones',
    ]);
  });

  it('reads titles in a quoted list as the shows when one of them is', () => {
    expect(ids('Leaving Netflix: “Jessica Jones,” “Daredevil,” “The Punisher,” “Luke Cage” and “Iron Fist”.').map(([, id]) => id)).toEqual([
      'show:jessica-jones',
      'show:daredevil',
      'show:the-punisher',
      'show:luke-cage',
      'show:iron-fist',
    ]);
  });

  it('reads a title as the show after “axed” and in “<actor> as <role> on <title>”', () => {
    expect(ids('Netflix has also axed Luke Cage.')).toEqual([['Luke Cage', 'show:luke-cage']]);
    expect(ids('Erik LaRay Harvey as Diamondback on Luke Cage was a letdown.').at(-1)).toEqual(['Luke Cage', 'show:luke-cage']);
  });

  it('reads a surname after a title of office (“Mayor Fisk”) and “Dr.”/“Mr.” for “Doctor”/“Mister”', () => {
    expect(ids('Daredevil season 3 recap: Mayor Fisk rules.').at(-1)).toEqual(['Fisk', 'character:wilson-fisk']);
    expect(ids('Luke Cage met Dr. Strange and Mr. Fantastic.').map(([, id]) => id)).toEqual([
      'character:luke-cage',
      'character:doctor-strange',
      'character:mister-fantastic',
    ]);
  });

  it('reads other Marvel works whose titles hold our names as none of ours', () => {
    expect(ids('“Spider-Man: No Way Home” and Daredevil: Born Again season 2 bring back Charlie Cox.')).toEqual([
      ['Charlie Cox', 'person:charlie-cox'],
    ]);
  });
});

describe('a role and who plays it', () => {
  it('reads a title followed by “played by” as the character', () => {
    expect(
      ids(
        'Back from the Netflix Marvel shows: Jessica Jones, played once again by Krysten Ritter, and The Punisher, played by Jon Bernthal.',
      ),
    ).toEqual([
      ['Jessica Jones', 'character:jessica-jones'],
      ['Krysten Ritter', 'person:krysten-ritter'],
      ['Punisher', 'character:frank-castle'],
      ['Jon Bernthal', 'person:jon-bernthal'],
    ]);
  });
});

describe('a name several characters carry', () => {
  it('is the one named right after it in parentheses', () => {
    expect(
      ids('In Alias #16 a dazed Spider-Woman (Mattie Franklin) turns up; Spider-Woman (Jessica Drew) helps.').map(([, id]) => id),
    ).toEqual([
      'issue:alias-2001-16',
      'character:mattie-franklin',
      'character:mattie-franklin',
      'character:spider-woman',
      'character:spider-woman',
    ]);
  });
});

describe('a group named with “The”', () => {
  it('is read with its capital after “the”, never as an everyday word', () => {
    expect(ids('Hand me that, she said. Daredevil season 2: Stick warns Matt about the Hand and the Chaste. Hand over the girl.')).toEqual([
      ['Daredevil season 2', 'season:daredevil-2'],
      ['Stick', 'character:stick'],
      ['Matt', 'character:matt-murdock'],
      ['Hand', 'character:the-hand'],
      ['Chaste', 'character:the-chaste'],
    ]);
    expect(ids('Daredevil season 2: she lived the chaste life, the hand on her heart.')).toEqual([
      ['Daredevil season 2', 'season:daredevil-2'],
    ]);
  });
});

describe('shows named beside their characters and other shows’ seasons', () => {
  it('reads “<title>’s <character>” in a text about the shows as the show', () => {
    expect(ids('Luke Cage season 2 review: Colleen works well with Luke Cage’s Misty Knight (Simone Missick).').at(-3)).toEqual([
      'Luke Cage',
      'show:luke-cage',
    ]);
  });

  it('leaves a bare season alone right after another work’s title', () => {
    expect(ids('Our Jessica Jones recap. Marvel’s Daredevil: Born Again Season 2 and Stranger Things season 3 are other shows.')).toEqual([
      ['Jessica Jones', 'show:jessica-jones'],
    ]);
    expect(ids('Marvel’s The Punisher Netflix Original Season Two Review').map(([, id]) => id)).toEqual([
      'show:the-punisher',
      'season:the-punisher-2',
    ]);
  });
});

describe('round 6 of real pages', () => {
  it('reads a show’s initials only in capitals', () => {
    expect(ids('IF season 2 was better.').map(([, id]) => id)).toEqual(['season:iron-fist-2']);
    expect(ids('If season one was slow, fine.')).toEqual([]);
  });

  it('reads a one-word name after a credited first name as that person’s surname', () => {
    expect(ids('The Iron Fist comic is written by Mary Wong, and Wong helps Doctor Strange.').map(([text]) => text)).toEqual([
      'Iron Fist',
      'Wong',
      'Doctor Strange',
    ]);
  });

  it('reads “the new <title>” as the newest series of that title', () => {
    expect(ids('Written by David Walker, the new Power Man and Iron Fist series is fun.').at(-1)).toEqual([
      'Power Man and Iron Fist',
      'series:power-man-and-iron-fist-2016',
    ]);
  });
});

describe('round 6: shows, families and surnames', () => {
  it('reads a title as the show when it is called one, or its story a tale in a text about the shows', () => {
    expect(
      ids('Daredevil season 1 opened it. Luke Cage was a bold and poignant tale. Iron Fist, the show in which he stars, came next.').map(
        ([, id]) => id,
      ),
    ).toEqual(['season:daredevil-1', 'show:luke-cage', 'show:iron-fist']);
    expect(ids('Marvel and Netflix’s Defenders is finally here.')).toEqual([['Netflix’s Defenders', 'show:the-defenders']]);
  });

  it('reads a surname before “crime family” as the family, and a surname once the full name is known', () => {
    expect(ids('Luke Cage season 1: the Stokes crime family meets Chico Diaz. Diaz refused.').map(([text]) => text)).toEqual([
      'Luke Cage season 1',
      'Chico Diaz',
      'Diaz',
    ]);
  });
});

describe('an issue number in parentheses', () => {
  it('reads “Title (#N)” as the issue', () => {
    expect(ids('Danny first appears in an issue of Marvel Premiere (#15).').at(-1)).toEqual([
      'Marvel Premiere (#15)',
      'issue:marvel-premiere-1972-15',
    ]);
  });
});
