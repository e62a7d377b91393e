import { describe, expect, it } from 'vitest';
import {
  findStandaloneEpisodes,
  looksLikeSeries,
  looksLikeShow,
  readIssueAfter,
  readIssueBefore,
  readSeasonAfter,
  readSeasonBefore,
} from '../../../../core/matching/recognizers.ts';

// The recognisers read normalised text (lower-case, straight quotes, one dash).
describe('readIssueAfter (text after a series title)', () => {
  it.each<[string, object | undefined]>([
    [' #14', { number: 14, annual: false }],
    [' # 14', { number: 14, annual: false }],
    [' no. 14', { number: 14, annual: false }],
    [' issue 14', { number: 14, annual: false }],
    [' issue #14', { number: 14, annual: false }],
    [' vol. 1 #14', { number: 14, annual: false, volume: 1 }],
    [' volume 2 #3', { number: 3, annual: false, volume: 2 }],
    [' (2004) #14', { number: 14, annual: false, year: 2004 }],
    [' annual #1', { number: 1, annual: true }],
    [' annual vol. 1 #1', { number: 1, annual: true, volume: 1 }],
    [' annual 1', { number: 1, annual: true }],
    [' #1-5', { number: 1, annual: false, through: 5 }],
    [' #1 to #5', { number: 1, annual: false, through: 5 }],
    [' 14', undefined],
    [' #14a', undefined],
    [' is great', undefined],
    [' vol. 2 is great', undefined],
  ])('%j', (after, expected) => {
    const result = readIssueAfter(`title${after} and more`, 5);
    if (expected === undefined) expect(result).toBeUndefined();
    else expect(result).toMatchObject(expected);
  });
});

describe('readIssueBefore (text before a series title)', () => {
  it.each<[string, object | undefined]>([
    ['it began in issue 1 of ', { number: 1 }],
    ['see issues 1-5 of ', { number: 1, through: 5 }],
    ['the first issue of ', undefined],
    ['tissue 1 of ', undefined],
  ])('%j', (before, expected) => {
    const result = readIssueBefore(`${before}alias`, before.length);
    if (expected === undefined) expect(result).toBeUndefined();
    else expect(result).toMatchObject(expected);
  });
});

describe('readSeasonAfter (text after a show title)', () => {
  it.each<[string, object | undefined]>([
    [' season 2', { season: 2 }],
    [': season two', { season: 2 }],
    ['" season 3', { season: 3 }],
    ["' second season", { season: 2 }],
    ["'s second season", { season: 2 }],
    [' s2', { season: 2 }],
    [' s02e05', { season: 2, episode: 5 }],
    [' 2x05', { season: 2, episode: 5 }],
    [' season 2, episode 5', { season: 2, episode: 5 }],
    [' seasonal', undefined],
    [' s2k', undefined],
    [' is back', undefined],
  ])('%j', (after, expected) => {
    const result = readSeasonAfter(`show${after} now`, 4);
    if (expected === undefined) expect(result).toBeUndefined();
    else expect(result).toMatchObject(expected);
  });
});

describe('readSeasonBefore (text before a show title)', () => {
  it.each<[string, object | undefined]>([
    ['season 2 of ', { season: 2 }],
    ['the second season of ', { season: 2 }],
    ["season two of marvel's ", { season: 2 }],
    ['episode 5 of season 2 of ', { season: 2, episode: 5 }],
    ['season 2, episode 5 of ', { season: 2, episode: 5 }],
    ['the reason of ', undefined],
    ['season 2 and ', undefined],
  ])('%j', (before, expected) => {
    const result = readSeasonBefore(`${before}luke cage`, before.length);
    if (expected === undefined) expect(result).toBeUndefined();
    else expect(result).toMatchObject(expected);
  });
});

describe('findStandaloneEpisodes', () => {
  it.each<[string, object[]]>([
    ['in s02e05 we', [{ season: 2, episode: 5 }]],
    ['in 2x05 we', [{ season: 2, episode: 5 }]],
    ['ep. 110 was', [{ season: 1, episode: 10 }]],
    ['season 2, episode 5', [{ season: 2, episode: 5 }]],
    ['episode 5 of season 2', [{ season: 2, episode: 5 }]],
    ['episodes 10-12', [{ episode: 10, through: 12 }]],
    ['the second season', [{ season: 2 }]],
    ['no codes here: 2x4, s2k, reason 2', []],
  ])('%j', (text, expected) => {
    expect(findStandaloneEpisodes(text)).toMatchObject(expected);
  });
});

describe('looksLikeShow / looksLikeSeries', () => {
  it.each<[string, boolean, boolean?]>([
    ['the [] series', true],
    ["marvel's [] is back", true],
    ['[] showrunner melissa rosenberg', true],
    ['executive producer of []', true],
    ['"[]" writers', true],
    ['both the [] and jessica jones netflix series', true],
    ['[] punched him', false],
    ['she and [] left', false],
    ['[] and jessica jones left the series', false],
    ["[]'s second episode", true],
    ["[] isn't a bad show", true],
    ['[] is a great series', true],
    ['[] has been cancelled', true],
    ['daredevil, iron fist and [] have all been canceled', true],
    ['with the cancellation of [], there are none', true],
    ['[] is a character in the show', false],
    ['[] is the best character in the series', false],
    ['[] was a hero once', false],
    ['our second [] review', false],
    ['[] fans have waited', false],
    ["netflix's marvel [] is out", true],
    ['[] dropped on netflix', true],
    ['our [] (netflix) review', true],
    ['netflix superhero shows, especially with []', true],
    ['her debut in the emmy award-winning series, []', true],
    ['in the comic series [], she', false],
    // Weaker words count only in a text that so far names the shows more than the comics.
    ['our second [] review', true, true],
    ['[] fans have waited', true, true],
    ['a review of []', true, true],
    ['[] punched him', false, true],
  ])('%j names the show: %s (text about the shows: %s)', (text, show, aboutShows = false) => {
    const start = text.indexOf('[]');
    expect(looksLikeShow(text, start, start + 2, aboutShows)).toBe(show);
  });

  it.each<[string, boolean]>([
    ['[] vol. 2 is good', true],
    ['the [] comic', true],
    ['reading [] now', true],
    ['in the comic series [], she', true],
    ['[] #8-10 (2014) is fun', true],
    ["42 issues of '[]' and more", true],
    ['based on the comic book, [], by bendis', true],
    ["if you're reading comics, [] started as a pi", false],
    ['[] punched him', false],
  ])('%j names the comic: %s', (text, series) => {
    const start = text.indexOf('[]');
    expect(looksLikeSeries(text, start, start + 2)).toBe(series);
  });
});
