/**
 * The one schema every authored record is validated against (see data/FORMAT.md).
 * Types are inferred from it, so the compiler and the cards never disagree with the data.
 */
import * as v from 'valibot';

export const CONTINUITIES = ['comics', 'netflix'] as const;
export type Continuity = (typeof CONTINUITIES)[number];

const slug = '[a-z0-9]+(?:-[a-z0-9]+)*';
const idOf = (kind: string, rest = slug) =>
  v.pipe(v.string(), v.regex(new RegExp(`^${kind}:${rest}$`), `must be a ${kind} id like ${kind}:some-slug`));

export const CharacterId = idOf('character');
export const PersonId = idOf('person');
export const SeriesId = idOf('series', `${slug}-\\d{4}`);
export const IssueId = idOf('issue');
export const ShowId = idOf('show');
export const SeasonId = idOf('season', `${slug}-\\d+`);
export const EpisodeId = idOf('episode', `${slug}-\\d+x\\d{2}`);
/** Where a fact is revealed: an issue or an episode. */
export const RevealPoint = v.union([IssueId, EpisodeId], 'revealedIn must be an issue or episode id');

const Url = v.pipe(v.string(), v.url('sources must be URLs'));
const Sources = v.pipe(v.array(Url), v.minLength(1, 'needs at least one source'));
const Text = v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'));
const YearMonth = v.pipe(v.string(), v.regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'cover dates are YYYY-MM'));
const Day = v.pipe(v.string(), v.isoDate('dates are YYYY-MM-DD'));

export const Fact = v.strictObject({
  text: Text,
  continuity: v.picklist(CONTINUITIES),
  revealedIn: v.optional(RevealPoint),
  sources: v.optional(Sources),
});
export type Fact = v.InferOutput<typeof Fact>;

const Stamped = { revealedIn: v.optional(RevealPoint), sources: v.optional(Sources) };

export const RELATIONSHIP_TYPES = [
  'spouse',
  'ex-spouse',
  'partner',
  'ex-partner',
  'parent',
  'child',
  'sibling',
  'adoptive-parent',
  'adoptive-child',
  'adoptive-sibling',
  'friend',
  'ally',
  'enemy',
  'mentor',
  'student',
  'employer',
  'employee',
  'teammate',
  'godparent',
  'godchild',
  'killer-of',
  'killed-by',
] as const;
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];

const Facet = v.strictObject({
  portrayedBy: v.optional(v.array(PersonId)),
  realName: v.optional(v.strictObject({ value: Text, ...Stamped })),
  aliases: v.optional(v.array(v.strictObject({ name: Text, ...Stamped }))),
  firstAppearance: v.optional(v.union([IssueId, EpisodeId])),
  summary: v.optional(Text),
  affiliations: v.optional(v.array(v.strictObject({ name: Text, ...Stamped }))),
  relationships: v.optional(
    v.array(
      v.strictObject({
        type: v.picklist(RELATIONSHIP_TYPES),
        target: CharacterId,
        note: v.optional(Text),
        ...Stamped,
      }),
    ),
  ),
});
export type Facet = v.InferOutput<typeof Facet>;

export const Character = v.strictObject({
  id: CharacterId,
  name: Text,
  shortForms: v.optional(v.array(Text)),
  prominence: v.optional(v.picklist([1, 2, 3])),
  creators: v.optional(v.array(PersonId)),
  comics: v.optional(Facet),
  netflix: v.optional(Facet),
  facts: v.optional(v.array(Fact)),
  sources: Sources,
  note: v.optional(Text),
});
export type Character = v.InferOutput<typeof Character>;

export const PERSON_ROLES = ['actor', 'writer', 'artist', 'editor', 'showrunner', 'producer', 'director', 'journalist'] as const;
export const Person = v.strictObject({
  id: PersonId,
  name: Text,
  shortForms: v.optional(v.array(Text)),
  /** Other full names the person is credited under ("Christopher Priest" for Jim Owsley). */
  creditedAs: v.optional(v.array(Text)),
  roles: v.array(v.picklist(PERSON_ROLES)),
  summary: v.optional(Text),
  facts: v.optional(v.array(Fact)),
  sources: Sources,
  note: v.optional(Text),
});
export type Person = v.InferOutput<typeof Person>;

const TitleRange = v.strictObject({ title: Text, from: v.number(), to: v.number() });

export const Series = v.strictObject({
  id: SeriesId,
  title: Text,
  volume: v.optional(v.number()),
  startYear: v.number(),
  endYear: v.optional(v.number()),
  publisher: v.optional(Text),
  imprint: v.optional(Text),
  creators: v.optional(v.array(PersonId)),
  titles: v.optional(v.array(TitleRange)),
  annualTitles: v.optional(v.array(TitleRange)),
  titleForms: v.optional(v.array(Text)),
  summary: v.optional(Text),
  sources: Sources,
  note: v.optional(Text),
});
export type Series = v.InferOutput<typeof Series>;

export const Issue = v.strictObject({
  id: IssueId,
  series: v.optional(SeriesId),
  number: v.number(),
  annual: v.optional(v.boolean()),
  title: v.optional(Text),
  coverDate: YearMonth,
  writers: v.optional(v.array(PersonId)),
  artists: v.optional(v.array(PersonId)),
  characters: v.optional(v.array(CharacterId)),
  firstAppearances: v.optional(v.array(CharacterId)),
  synopsis: v.optional(Text),
  facts: v.optional(v.array(Fact)),
  sources: v.optional(Sources),
  note: v.optional(Text),
});
export type Issue = v.InferOutput<typeof Issue>;

export const ComicsFile = v.strictObject({
  series: v.union([Series, v.array(Series)]),
  issues: v.array(Issue),
});

export const Show = v.strictObject({
  id: ShowId,
  title: Text,
  titleForms: v.optional(v.array(Text)),
  showrunners: v.optional(v.array(PersonId)),
  network: v.optional(Text),
  firstReleased: Day,
  lastReleased: v.optional(Day),
  summary: v.optional(Text),
  sources: Sources,
  note: v.optional(Text),
});
export type Show = v.InferOutput<typeof Show>;

export const Season = v.strictObject({
  id: SeasonId,
  number: v.number(),
  releaseDate: Day,
  episodeCount: v.number(),
  showrunners: v.optional(v.array(PersonId)),
  cast: v.optional(v.array(v.strictObject({ person: PersonId, character: CharacterId }))),
  synopsis: v.optional(Text),
  facts: v.optional(v.array(Fact)),
  sources: Sources,
  note: v.optional(Text),
});
export type Season = v.InferOutput<typeof Season>;

export const Episode = v.strictObject({
  id: EpisodeId,
  season: SeasonId,
  number: v.number(),
  title: Text,
  writers: v.optional(v.array(PersonId)),
  directors: v.optional(v.array(PersonId)),
  releaseDate: v.optional(Day),
  synopsis: v.optional(Text),
  facts: v.optional(v.array(Fact)),
  sources: v.optional(Sources),
  note: v.optional(Text),
});
export type Episode = v.InferOutput<typeof Episode>;

export const NetflixFile = v.strictObject({
  show: Show,
  seasons: v.array(Season),
  episodes: v.array(Episode),
});

export const CharactersFile = v.array(Character);
export const PeopleFile = v.array(Person);
