/**
 * Sparse TF-IDF features of a message, in three groups that are normalised separately and then
 * mixed with fixed weights: word unigrams, word bigrams, character n-grams. Mixing normalised
 * groups keeps a short message (no bigrams) comparable with a long one.
 */
import { tokenize } from './tokenize';

export const GROUPS = 3;
export type Group = 0 | 1 | 2;
export const WORD: Group = 0;
export const BIGRAM: Group = 1;
export const CHAR: Group = 2;

/** Raw term counts per group. Keys carry a group prefix so one vocabulary holds all groups. */
export function rawFeatures(text: string): Map<string, number> {
  const { words, grams } = tokenize(text);
  const tf = new Map<string, number>();
  const add = (key: string) => tf.set(key, (tf.get(key) ?? 0) + 1);
  for (let i = 0; i < words.length; i++) {
    add('0' + words[i]);
    if (i + 1 < words.length) add('1' + words[i] + ' ' + words[i + 1]);
  }
  for (const g of grams) add('2' + g);
  return tf;
}

export function groupOf(key: string): Group {
  const c = key.charCodeAt(0) - 48;
  return (c === 0 || c === 1 || c === 2 ? c : CHAR) as Group;
}
