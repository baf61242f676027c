// Occupations: one-word English job titles, lower case. Origin: ./README.md (the unit-group
// titles of the ILO's ISCO-08 and the US SOC 2018 classifications, cut to one-word nouns in
// everyday news use, with their -man / -woman / -person forms).
//
// A word here describes a person: "the businessman said" is a person's words, and an
// occupation written before a full name is a role ("Engineer Sara Holm"). Occupations that are
// mostly surnames in news (smith, taylor, turner, miller, mason, porter, weaver, fisher) are
// left out; a few that are both (baker, cook, farmer) are here, and count as a role only in a
// role's place, before a given name and a surname, never as a name's last word. Words that
// already name a state body (prosecutor, guard) are left out: "the prosecutor said" is the office.

export const OCCUPATIONS: ReadonlySet<string> = new Set([
  'accountant', 'actor', 'actress', 'architect', 'artist', 'astronaut', 'athlete', 'attorney', 'auditor',
  'baker', 'banker', 'barber', 'barrister', 'biologist', 'bookkeeper', 'broker', 'builder', 'businessman',
  'businesswoman', 'businessperson', 'butcher', 'carpenter', 'cashier', 'chef', 'chemist', 'cleaner', 'clerk',
  'coach', 'composer', 'consultant', 'contractor', 'cook', 'counsellor', 'counselor', 'curator', 'dancer',
  'dentist', 'designer', 'detective', 'developer', 'doctor', 'driver', 'economist', 'electrician', 'engineer',
  'entrepreneur', 'farmer', 'firefighter', 'fisherman', 'gardener', 'geologist', 'hairdresser',
  'investor', 'janitor', 'jeweller', 'jeweler', 'landlord', 'lawmaker', 'librarian', 'lifeguard', 'locksmith',
  'magnate', 'mathematician', 'mechanic', 'midwife', 'miner', 'mogul', 'musician', 'novelist',
  'nurse', 'optician', 'painter', 'paramedic', 'pastor', 'pharmacist', 'photographer', 'physician', 'physicist',
  'physiotherapist', 'pilot', 'planner', 'playwright', 'plumber', 'poet', 'policeman', 'policewoman',
  'priest', 'programmer', 'psychiatrist', 'psychologist', 'publisher', 'rancher',
  'realtor', 'sailor', 'salesman', 'saleswoman', 'scholar', 'sculptor', 'secretary', 'singer',
  'sociologist', 'soldier', 'solicitor', 'statistician', 'surgeon', 'surveyor', 'tailor',
  'technician', 'therapist', 'trader', 'translator', 'tycoon', 'veterinarian', 'waiter',
  'waitress', 'welder', 'winemaker', 'zoologist',
]);
