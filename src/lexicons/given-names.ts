// Common English given names by gender, from the US Social Security Administration's
// lists of the most popular names of the last century (top ~100 each, typed from the
// published tables), and their common short forms. A vote on a person's gender for he/she
// resolution (honorifics, Mr., Mrs., Ms., outweigh it), and a name's first word where the
// tagger reads it as a verb ("Josh Berg" opening a sentence). See ./README.md.
export const MALE_NAMES: ReadonlySet<string> = new Set([
  'aaron', 'adam', 'alan', 'albert', 'alexander', 'andrew', 'anthony', 'arthur', 'austin',
  'benjamin', 'billy', 'bobby', 'brandon', 'brian', 'bruce', 'bryan', 'carl', 'charles',
  'christopher', 'daniel', 'david', 'dennis', 'donald', 'douglas', 'dylan', 'edward', 'elijah',
  'eric', 'ethan', 'eugene', 'frank', 'gabriel', 'gary', 'george', 'gerald', 'gregory',
  'harold', 'harry', 'henry', 'jack', 'jacob', 'james', 'jason', 'jeffrey', 'jeremy', 'jerry',
  'jesse', 'joe', 'john', 'jonathan', 'jordan', 'jose', 'joseph', 'joshua', 'juan', 'justin',
  'keith', 'kenneth', 'kevin', 'kyle', 'larry', 'lawrence', 'logan', 'louis', 'mark', 'mason',
  'matthew', 'michael', 'nathan', 'nicholas', 'noah', 'patrick', 'paul', 'peter', 'philip',
  'ralph', 'randy', 'raymond', 'richard', 'robert', 'roger', 'ronald', 'roy', 'russell',
  'ryan', 'samuel', 'scott', 'sean', 'stephen', 'steven', 'terry', 'thomas', 'timothy',
  'tyler', 'vincent', 'walter', 'wayne', 'william', 'willie', 'zachary',
  // Short forms of the names above that news prints as given names.
  'andy', 'ben', 'bill', 'bob', 'chris', 'dan', 'dave', 'doug', 'ed', 'greg', 'jeff', 'jim',
  'jon', 'josh', 'ken', 'matt', 'mike', 'nick', 'pete', 'phil', 'rick', 'ron', 'sam',
  'steve', 'ted', 'tim', 'tom', 'tony',
  // Given names that are also English words, which the tagger reads as a modal, verb or
  // preposition ("Will/AUX Berg", "Grant/VERB Holm").
  'grant', 'will',
  // Common given names in Norway, Sweden and Denmark (the national statistics offices'
  // lists of the most frequent names among adults), for translated Nordic news.
  'anders', 'arne', 'bengt', 'bjørn', 'björn', 'emil', 'erik', 'espen', 'fredrik', 'geir', 'göran', 'hans',
  'henrik', 'håkon', 'jan', 'jens', 'johan', 'jonas', 'jørgen', 'karl', 'kjell', 'knut', 'lars', 'leif',
  'magnus', 'mads', 'mats', 'morten', 'niels', 'nils', 'odd', 'olav', 'ola', 'ole', 'oskar', 'per',
  'rasmus', 'rune', 'stefan', 'svein', 'sven', 'søren', 'terje', 'tor', 'trond', 'ulf', 'øystein',
  // Common Arabic given names in their usual English spellings, for English renderings of
  // Arabic news.
  'abdullah', 'ahmad', 'ahmed', 'ali', 'faisal', 'hamad', 'hassan', 'hussein', 'ibrahim', 'karim',
  'khalid', 'mahmoud', 'mohamed', 'mohammad', 'mohammed', 'muhammad', 'mustafa', 'nabil', 'omar',
  'saeed', 'sami', 'sultan', 'tariq', 'walid', 'youssef', 'yousef',
]);

export const FEMALE_NAMES: ReadonlySet<string> = new Set([
  'abigail', 'alice', 'alexis', 'amanda', 'amber', 'amy', 'andrea', 'angela', 'ann', 'anna',
  'ashley', 'barbara', 'betty', 'beverly', 'brenda', 'brittany', 'carol', 'carolyn',
  'catherine', 'charlotte', 'cheryl', 'christina', 'christine', 'cynthia', 'danielle',
  'deborah', 'debra', 'denise', 'diana', 'diane', 'donna', 'doris', 'dorothy', 'elizabeth',
  'emily', 'emma', 'evelyn', 'frances', 'gloria', 'grace', 'hannah', 'heather', 'helen',
  'isabella', 'jacqueline', 'janet', 'janice', 'jean', 'jennifer', 'jessica', 'joan', 'joyce',
  'judith', 'judy', 'julie', 'karen', 'katherine', 'kathleen', 'kathryn', 'kayla', 'kelly',
  'kimberly', 'laura', 'lauren', 'linda', 'lisa', 'lori', 'madison', 'margaret', 'maria',
  'marie', 'marilyn', 'martha', 'mary', 'megan', 'melissa', 'michelle', 'nancy', 'natalie',
  'nicole', 'olivia', 'pamela', 'patricia', 'rachel', 'rebecca', 'ruth', 'samantha',
  'sandra', 'sara', 'sarah', 'sharon', 'shirley', 'sophia', 'stephanie', 'susan', 'teresa',
  'theresa', 'victoria', 'virginia',
  // A few more common ones, and short forms.
  'anne', 'jane', 'julia', 'barb', 'beth', 'cathy', 'deb', 'jen', 'jenny', 'kate', 'kathy', 'katie', 'liz', 'meg',
  'pam', 'sue',
  // Given names that are also English words ("May/NOUN Holm", "Hope/VERB Dale").
  'hope', 'may', 'rose',
  // Common given names in Norway, Sweden and Denmark (see the male list).
  'astrid', 'berit', 'birgitta', 'camilla', 'ebba', 'elin', 'hanne', 'hilde', 'ida', 'inger',
  'ingrid', 'kari', 'karin', 'kerstin', 'lena', 'liv', 'malin', 'margareta', 'marit', 'mette',
  'nora', 'randi', 'silje', 'siri', 'solveig', 'tone', 'tove', 'ulla', 'åse',
  // Common Arabic given names (see the male list).
  'aisha', 'amal', 'fatima', 'hanan', 'huda', 'layla', 'mariam', 'noura', 'rania', 'salma', 'zainab',
]);
