/**
 * Every character, work and person the two articles Sidekick was conceived from mention, in
 * the phrasings they use, placed in sentences of our own: each must be found with the right
 * entity. (The articles themselves are not in this repository.)
 */
import { describe, expect, it } from 'vitest';
import { buildMatcher } from '../../../core/matching/build-matcher.ts';
import { findMentions } from '../../../core/matching/find-mentions.ts';
import { compileDataset } from '../../../data/compile.ts';
import { loadSources } from '../../../data/load-sources.ts';
import { SOURCES_DIR } from '../../../data/paths.ts';

const { index } = compileDataset(loadSources(SOURCES_DIR).dataset);
const matcher = buildMatcher(index);

// [our sentence, the article's phrase inside it, the entity it names]
const CASES: [string, string, string][] = [
  ['Heartbreak again for Luke Cage and Jessica Jones this week.', 'Luke Cage', 'character:luke-cage'],
  ['Heartbreak again for Luke Cage and Jessica Jones this week.', 'Jessica Jones', 'character:jessica-jones'],
  ['Will season two of Jessica Jones bring them back together?', 'season two of Jessica Jones', 'season:jessica-jones-2'],
  ['Luke Cage learned the truth, and Luke was crushed.', 'Luke', 'character:luke-cage'],
  ['Jessica Jones kept a secret; Jessica could not keep it forever.', 'Jessica', 'character:jessica-jones'],
  ['Luke Cage mourned his wife Reva, killed under Kilgrave’s control.', 'Reva', 'character:reva-connors'],
  ['Luke Cage mourned his wife Reva, killed under Kilgrave’s control.', 'Kilgrave', 'character:kilgrave'],
  ['Jessica Jones showrunner Melissa Rosenberg spoke to the press.', 'Melissa Rosenberg', 'person:melissa-rosenberg'],
  ['Jessica Jones showrunner Melissa Rosenberg spoke; later Rosenberg added more.', 'Rosenberg', 'person:melissa-rosenberg'],
  ['She has not sat down with "Luke Cage" showrunner Cheo Hodari Coker yet.', 'Luke Cage', 'show:luke-cage'],
  ['She has not sat down with "Luke Cage" showrunner Cheo Hodari Coker yet.', 'Cheo Hodari Coker', 'person:cheo-hodari-coker'],
  ['Cheo Hodari Coker runs the show, and Cheo likes music.', 'Cheo', 'person:cheo-hodari-coker'],
  ['Netflix says Jessica Jones season 2 arrives in 2018.', 'Jessica Jones season 2', 'season:jessica-jones-2'],
  ['Jessica Jones will meet Matt Murdock and Danny Rand in The Defenders.', 'The Defenders', 'show:the-defenders'],
  ['Jessica Jones will meet Matt Murdock and Danny Rand in The Defenders.', 'Matt Murdock', 'character:matt-murdock'],
  ['Jessica Jones will meet Matt Murdock and Danny Rand in The Defenders.', 'Danny Rand', 'character:danny-rand'],
  ['Luke first showed up in Season 1 of Jessica Jones on Netflix.', 'Season 1 of Jessica Jones', 'season:jessica-jones-1'],
  ['In The Pulse Vol. 1 #14 Jessica remembers meeting Luke Cage.', 'The Pulse Vol. 1 #14', 'issue:the-pulse-2004-14'],
  ['Jessica Jones once fought crime as Knightress.', 'Knightress', 'character:jessica-jones'],
  ['Luke Cage and Luke’s partner went out.', 'Luke', 'character:luke-cage'],
  ['Jessica Jones was dating Scott Lang, yes, Ant-Man.', 'Scott Lang', 'character:scott-lang'],
  ['Jessica Jones was dating Scott Lang, yes, Ant-Man.', 'Ant-Man', 'character:scott-lang'],
  ['Her best friend Carol Danvers set them up, says Jessica Jones.', 'Carol Danvers', 'character:carol-danvers'],
  ['The baby of Jessica Jones was born in Doctor Strange‘s Sanctum Sanctorum.', 'Doctor Strange', 'character:doctor-strange'],
  ['Jessica Jones, Luke Cage, & Danielle Cage at home.', 'Danielle Cage', 'character:danielle-cage'],
  ['Danielle Cage was born; they named Danielle after Danny Rand.', 'Danielle', 'character:danielle-cage'],
  ['Danny Rand is Luke Cage’s best friend, and Danny was honoured.', 'Danny', 'character:danny-rand'],
  [
    'Luke Cage and Jessica Jones wed in New Avengers Annual Vol. 1 #1.',
    'New Avengers Annual Vol. 1 #1',
    'issue:new-avengers-2005-annual-1',
  ],
  ['Guests at the wedding of Luke Cage included Ms. Marvel (Carol Danvers).', 'Ms. Marvel', 'character:carol-danvers'],
  ['Guests at the wedding of Luke Cage included Spider-Man and Mary Jane Watson.', 'Spider-Man', 'character:spider-man'],
  ['Guests at the wedding of Luke Cage included Spider-Man and Mary Jane Watson.', 'Mary Jane Watson', 'character:mary-jane-watson'],
  ['Luke Cage invited Spider-Woman, Wolverine and Iron Man.', 'Spider-Woman', 'character:spider-woman'],
  ['Luke Cage invited Spider-Woman, Wolverine and Iron Man.', 'Wolverine', 'character:wolverine'],
  ['Luke Cage invited Spider-Woman, Wolverine and Iron Man.', 'Iron Man', 'character:iron-man'],
  ['At the wedding of Luke Cage the minister looked like Stan Lee.', 'Stan Lee', 'person:stan-lee'],
  ['Jessica Jones fought as Power Woman for a while.', 'Power Woman', 'character:jessica-jones'],
  ['On Netflix Jessica Jones dated her neighbour Oscar Arocho.', 'Oscar Arocho', 'character:oscar-arocho'],
  ['On Netflix Luke Cage grew close to Claire Temple.', 'Claire Temple', 'character:claire-temple'],
  ['Netflix stars Mike Colter and Krysten Ritter have chemistry.', 'Mike Colter', 'person:mike-colter'],
  ['Netflix stars Mike Colter and Krysten Ritter have chemistry.', 'Krysten Ritter', 'person:krysten-ritter'],
  ['Danny Rand turns up in Season 2 of Luke Cage.', 'Season 2 of Luke Cage', 'season:luke-cage-2'],
  ['Luke Cage Season 2 premieres on Netflix on June 22.', 'Luke Cage Season 2', 'season:luke-cage-2'],
  ['In both the Luke Cage and Jessica Jones Netflix series they split.', 'Luke Cage', 'show:luke-cage'],
  ['In both the Luke Cage and Jessica Jones Netflix series they split.', 'Jessica Jones', 'show:jessica-jones'],
];

describe('the seed articles’ mentions, in sentences of our own', () => {
  it.each(CASES)('%j: "%s" is %s', (sentence, phrase, id) => {
    const at = sentence.lastIndexOf(phrase);
    const mention = findMentions(sentence, matcher).find((m) => m.start === at && m.end === at + phrase.length);
    expect(mention?.id).toBe(id);
  });
});
