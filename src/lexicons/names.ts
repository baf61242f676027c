// Words that shape a speaker's name: titles kept apart from the name, heads that make a
// name an organisation, and pronouns. Origin: ./README.md.

/** Titles, ranks and honorifics that precede a name and are not part of it (lower case). */
export const TITLES: ReadonlySet<string> = new Set([
  'adm.', 'admiral', 'ambassador', 'archbishop', 'attorney', 'bishop', 'brig.', 'brigadier',
  'capt.', 'captain', 'cardinal', 'ceo', 'chairman', 'chairwoman', 'chancellor', 'chief',
  'col.', 'colonel', 'commander', 'commissioner', 'congressman', 'congresswoman', 'councilman',
  'councilwoman', 'deputy', 'director', 'dr', 'dr.', 'emperor', 'envoy', 'executive', 'father',
  'former', 'gen.', 'general', 'gov.', 'governor', 'judge', 'justice', 'king', 'lady', 'lieutenant',
  'lord', 'lt.', 'maj.', 'major', 'mayor', 'minister', 'miss', 'mr.', 'mr', 'mrs.', 'mrs', 'ms.',
  'ms', 'pope', 'premier', 'president', 'prime', 'prince', 'princess', 'prof.', 'professor',
  'queen', 'rabbi', 'rear', 'rep.', 'representative', 'retired', 'rev.', 'reverend', 'secretary',
  'sen.', 'senator', 'sergeant', 'sgt.', 'sheikh', 'sir', 'speaker', 'spokesman',
  'spokeswoman', 'spokesperson', 'state', 'vice',
]);

/**
 * Nouns of occupation and function that may stand capitalised before a name at the start
 * of a sentence ("Economist Jonas Berg said"); kept as role, never as name (lower case).
 */
export const ROLE_NOUNS: ReadonlySet<string> = new Set([
  'activist', 'actor', 'actress', 'adviser', 'advisor', 'analyst', 'anchor', 'author', 'candidate', 'columnist',
  'commentator', 'correspondent', 'critic', 'democrat', 'diplomat', 'economist', 'editor',
  'expert', 'founder', 'historian', 'host', 'journalist', 'lawyer', 'leader', 'lecturer',
  'manager', 'member', 'officer', 'official', 'organizer', 'owner', 'pollster', 'producer',
  'professor', 'republican', 'reporter', 'researcher', 'resident', 'scientist', 'strategist', 'student',
  'supporter', 'teacher', 'writer',
]);

/** Honorifics that say nothing of a role ("Mr. Dahl" has no role). */
export const HONORIFICS: ReadonlySet<string> = new Set([
  'dr', 'dr.', 'miss', 'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'sir',
]);

/** Name suffixes that are never a surname ("Karl J. Sande Jr."). */
export const NAME_SUFFIXES: ReadonlySet<string> = new Set(['jr', 'jr.', 'sr', 'sr.', 'ii', 'iii', 'iv']);

/** Head words of a state body: ministries, councils, armed forces, courts (lower case). */
export const GOVERNMENT_HEADS: ReadonlySet<string> = new Set([
  'administration', 'agency', 'army', 'assembly', 'authorities', 'authority', 'bureau', 'cabinet', 'command',
  'commission', 'congress', 'council', 'county', 'court', 'department', 'directorate', 'embassy',
  'forces', 'government', 'guard', 'intelligence', 'military', 'ministry', 'municipality', 'navy', 'office',
  'parliament', 'police', 'presidency', 'prosecutor', 'senate', 'service',
]);

/** Head words of other organisations: companies, institutes, parties, unions (lower case). */
export const ORG_HEADS: ReadonlySet<string> = new Set([
  'alliance', 'association', 'bank', 'board', 'campaign', 'center', 'centre', 'club',
  'coalition', 'committee', 'company', 'corp.', 'corporation', 'federation', 'foundation',
  'fund', 'group', 'inc.', 'institute', 'league', 'ltd.', 'movement', 'network',
  'organisation', 'organization', 'party', 'society', 'staff', 'tank', 'union', 'university',
]);

/**
 * Words that make a capitalised name an organisation only as its last word ("… Nations",
 * "… College", "… Watch"): before another word they are a modifier ("college graduates",
 * "school districts", "other nations" are groups of people).
 */
export const ORG_LAST_WORDS: ReadonlySet<string> = new Set([
  'act', 'airlines', 'church', 'college', 'hospital', 'hotel', 'house', 'international', 'nations', 'report',
  'resort', 'school', 'watch',
]);

/** Words that name an outlet: "the regional newspaper X", "The Coastal Times", "Nordwire News Agency". */
export const MEDIA_WORDS: ReadonlySet<string> = new Set([
  'broadcaster', 'channel', 'daily', 'gazette', 'herald', 'journal',
  'magazine', 'media', 'news', 'newspaper', 'outlet', 'post', 'press', 'radio', 'telegraph', 'times',
  'television', 'tribune', 'tv', 'website',
]);

/** The articles, which open a phrase and name nothing. */
export const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);

/** Words that stand alone for a group of people as a subject: "Some say …", "Others said …". */
export const GROUP_QUANTIFIERS: ReadonlySet<string> = new Set(['some', 'others', 'many', 'most', 'several']);

/** Words that stand alone for one unnamed source as a subject: "another says …", "Someone told …". */
export const LONE_SOURCES: ReadonlySet<string> = new Set(['another', 'one', 'someone', 'somebody', 'everyone', 'everybody']);

/** Plural or generic nouns that stand for an unnamed source ("experts", "officials"), and the quantifiers above. */
export const VAGUE_NOUNS: ReadonlySet<string> = new Set([
  'analysts', 'critics', 'diplomats', 'experts', 'observers', 'officials', 'people',
  'reports', 'residents', 'sources', 'those', 'warnings', 'witnesses', ...GROUP_QUANTIFIERS,
]);

/** Subject pronouns, by what they can stand for. */
export const PERSON_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she']);
export const GROUP_PRONOUNS: ReadonlySet<string> = new Set(['they', 'it']);
/** Pronouns that open a clause, never a listener ("warned they could …"; "you" may be either). */
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['i', 'we', 'he', 'she', 'it', 'they']);
/** Object pronouns: a listener ("told them the …") or who a group stands near ("those around him"). */
export const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['him', 'her', 'them', 'me', 'us', 'you']);
/** First and second person: the speaker of a quote, never resolved from context. */
export const DEICTIC_PRONOUNS: ReadonlySet<string> = new Set(['i', 'we', 'you']);

/** Prepositions of place and time, whose phrase is no subject of a participle after it ("filmed at the quay telling …"). */
export const ADJUNCT_PREPOSITIONS: ReadonlySet<string> = new Set(['across', 'at', 'during', 'from', 'in', 'inside', 'into', 'on', 'outside', 'through']);

/** Words before a name that make it a place: "in X", "from X", "the capital X". */
export const PLACE_MARKERS: ReadonlySet<string> = new Set([
  'across', 'capital', 'city', 'country', 'from', 'in', 'into', 'province', 'region', 'to', 'toward', 'towards',
]);

/** Nouns of a stretch of time: "last week", "two days ago", "the past year" name no source. */
export const TIME_NOUNS: ReadonlySet<string> = new Set([
  'afternoon', 'day', 'days', 'decade', 'decades', 'evening', 'hour', 'hours', 'month', 'months', 'morning', 'night',
  'week', 'weekend', 'weeks', 'year', 'years',
]);

/**
 * Lower-case particles inside a person's name ("Anna van Dijk", "Karim bin Saleh",
 * "Omar al-Rashid"), from the naming conventions of Dutch, German, French, Italian,
 * Spanish, Portuguese and Arabic names.
 */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'al', 'bin', 'bint', 'da', 'das', 'de', 'del', 'della', 'der', 'di', 'dos', 'du', 'el', 'ibn', 'la', 'le', 'ter', 'van', 'von',
]);

/** Capitalised words that are never a source: months, days. */
export const NOT_NAMES: ReadonlySet<string> = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
  'october', 'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday',
  'saturday', 'sunday',
]);
