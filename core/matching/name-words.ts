/**
 * Word lists the recogniser reads a name's surroundings with (find-mentions.ts): English words
 * around names and titles, not dataset facts.
 */

/** Words that may stand right before a name without being part of another one. */
export const BEFORE_A_NAME = new Set([
  'mr',
  'mrs',
  'ms',
  'miss',
  'mister',
  'dr',
  'doctor',
  'detective',
  'det',
  'officer',
  'agent',
  'captain',
  'capt',
  'sergeant',
  'sgt',
  'lieutenant',
  'lt',
  'professor',
  'mayor',
  'judge',
  'senator',
  'governor',
  'councilman',
  'councilwoman',
  'commissioner',
  'inspector',
  'chief',
  'warden',
  'colonel',
  'col',
  'general',
  'major',
  'sheriff',
  'deputy',
  'father',
  'sister',
  'reverend',
  'rev',
  'nurse',
  'coach',
  'ada',
  'madame',
  'madam',
  'lady',
  'sir',
  'aunt',
  'uncle',
  'young',
  'old',
  'little',
  'baby',
  'dear',
  'poor',
  'marvel',
  'netflix',
  'disney',
  'abc',
  'hulu',
  'tv',
  'season',
  'episode',
  'series',
  'issue',
  'vol',
  'volume',
  'annual',
  'comics',
  'comic',
  'original',
  'classic',
  'classics',
]);
/** Words that may follow a name or a title without making it another one ("Luke Cage Season 2"). */
export const AFTER_A_NAME = new Set(
  (
    'season seasons episode episodes issue issues vol volume annual series show shows comic comics netflix tv finale premiere ' +
    'trailer cast star stars creator showrunner recap recaps review reviews spoilers omnibus collection edition jr sr'
  ).split(' '),
);
/** Capitalised words that begin sentences: one of them before a name is not a first name. */
export const SENTENCE_OPENERS = new Set(
  (
    'then when after before meanwhile as but and so while if later now here there even only just also still yet once since because ' +
    'although though until unless with without in on at for from by of to into over under between during about against like unlike ' +
    'meet enter cue maybe perhaps finally eventually suddenly instead sadly luckily thankfully clearly obviously of why how what where ' +
    'who which whose does did is was will can could should would has had have do not no yes oh well both neither either every each all ' +
    'some many most this that these those his her their our my your its one two three soon next first second last today tomorrow ' +
    'yesterday tonight again ultimately naturally worse better also especially meanwhile elsewhere afterwards afterward hey ok okay please ' +
    'thanks watch read see remember say says said ask asks tell tells let lets'
  ).split(' '),
);

/** Words that make another title of a title they stand before ("Mighty Avengers", "Uncanny
 *  X-Men", "The Immortal Iron Fist"): that title is not the shorter one's series or show. */
export const TITLE_PREFIXES = new Set(
  (
    'young mighty secret dark uncanny astonishing ultimate immortal avenging amazing spectacular sensational superior savage ' +
    'marvelous sinister incredible totally ultimates'
  ).split(' '),
);

/** Short forms that are usually something else, capital or not ("the Hand", "Castle", "Page"):
 *  they name the person only after the full name. */
export const EVERYDAY_NAMES = new Set(
  (
    'baron bright brown buck cage cap castle creed frost fury hand hart hill hood knight lark little mace micro page pop ' +
    'rider stark stick strange temple tower shades zip potter miller banner finch moss pilgrim piranha tan turk ho mays ' +
    'cockroach comanche diamondback wing power little eve fraction heck ferry weaver gray shepherd kraft martin cox ' +
    'orlando lima'
  ).split(' '),
);
/** First names that are also words ("Will you…", "Hope is…"): not when they open a sentence. */
export const FIRST_NAME_WORDS = new Set('will hope joy frank ward ray reed grace mack norman faith rose'.split(' '));
/** Surnames too common to name one of our people without their first name. */
export const COMMON_SURNAMES = new Set(
  (
    'morgan moore lee brown miller thomas davis johnson lewis graham taylor wilson james adams jones hill scott stewart ' +
    'jenkins powell reed kane cox hart perez ramirez reyes rodriguez rogers nelson parker young walker white smith williams ' +
    'clark hall allen king wright green baker gibson newman mack blake ross russo costa byrne kirby'
  ).split(' '),
);
/** Words after a surname that make it the whole family ("the Meachum saga", "the Rand family"). */
export const FAMILY_WORDS = new Set(
  'family families saga clan siblings household dynasty kids children brothers sisters twins crime gang'.split(' '),
);
/** Words after a title that make it another title ("Civil War II"). */
export const SEQUEL_WORDS = new Set('ii iii iv'.split(' '));
/** Words before a team's name that make it the team, not the comic ("as Heroes for Hire"). */
export const TEAM_CUES = new Set(
  'as join joins joined joining rejoined member members formed form forms reform reformed called named'.split(' '),
);
