// Star ratings are written with digits or words ("5-star", "five star", "cinco estrellas",
// "lima bintang", "五星"); the matchers read them all as digits. Only a number word right before
// a star word is read so, which leaves "una reseña" or the city of Lima alone.

const NUMBER_WORDS: Readonly<Record<string, string>> = {
  one: '1', two: '2', three: '3', four: '4', five: '5',
  uno: '1', una: '1', un: '1', dos: '2', tres: '3', cuatro: '4', cinco: '5',
  um: '1', uma: '1', dois: '2', duas: '2', quatro: '4',
  satu: '1', dua: '2', tiga: '3', empat: '4', lima: '5',
};

const STAR_WORDS: ReadonlySet<string> = new Set(['star', 'stars', 'estrella', 'estrellas', 'estrela', 'estrelas', 'bintang']);

const CJK_NUMBERS: Readonly<Record<string, string>> = { 一: '1', 二: '2', 两: '2', 三: '3', 四: '4', 五: '5' };

/** The digit a (folded) word stands for when the next word is a star word, else undefined. */
export function ratingDigit(word: string, next: string | undefined): string | undefined {
  return next !== undefined && STAR_WORDS.has(next) ? NUMBER_WORDS[word] : undefined;
}

/** The digit a Chinese numeral stands for when followed by 星 ("五星好评"), else undefined. */
export function cjkRatingDigit(ch: string, next: string | undefined): string | undefined {
  return next === '星' ? CJK_NUMBERS[ch] : undefined;
}
