// One spelling for names transliterated from Cyrillic in different ways: "Oleksiy", "Olexiy"
// and "Oleksii"; "Aleksandr" and "Alexander"; "Sergey", "Sergei", "Serhiy" and "Serhii"
// (Ukrainian h for Russian g); "Mikhail" and "Mihail"; "Bulayev" and "Bulaev". The pairs are
// those of the common romanisation systems for Russian, Ukrainian and Belarusian (BGN/PCGN,
// the Library of Congress system, passport practice) and English usage: ks/x, kh/h, y/i/j,
// -ii/-iy/-yi/-ei/-ey at the end, g/h, doubled letters, and -er/-r at the end. Pure.
//
// It makes names equal that may be one person's, so it is read only where the surnames
// already agree (merge, and eval's check of two people in one id), never to join names alone.

/**
 * Lower case, accents folded, then the transliteration pairs above folded to one letter.
 * Digits are kept: "Lind2" and "Lind3" are not one spelling of a name.
 */
export function translitFold(name: string): string {
  return name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase()
    .split(/[^\p{L}\p{N}]+/u).filter(Boolean).map(foldWord).join(' ');
}

function foldWord(w: string): string {
  return w
    .replace(/([aeiou])y(?=[aeiou])/g, '$1') // "bulayev" → "bulaev"
    .replace(/kh/g, 'h').replace(/ks/g, 'x').replace(/g/g, 'h')
    .replace(/[yj]/g, 'i')
    .replace(/(?:ii|ei)$/, 'i') // "serhii", "sergei", "serhiy" → "serhi"
    .replace(/(\p{L})\1+/gu, '$1') // doubled letters
    .replace(/([^aeiou])er$/, '$1r'); // "alexander" → "alexandr"
}
