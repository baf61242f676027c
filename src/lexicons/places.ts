// Words that make a capitalised name a place or a thing rather than a person
// ("Bering Strait", "Harbour Museum", "St. Olav"). Origin: ./README.md.
export const PLACE_WORDS: ReadonlySet<string> = new Set([
  'airport', 'avenue', 'bay', 'beach', 'bridge', 'canal', 'city', 'county', 'district',
  'gulf', 'hall', 'island', 'islands', 'lake', 'mountain', 'mountains', 'museum', 'ocean',
  'palace', 'park', 'province', 'region', 'republic', 'river', 'road', 'sea', 'square',
  'st.', 'state', 'states', 'station', 'strait', 'street', 'valley',
]);
