import { dictionary } from '@zxcvbn-ts/language-common';

/** About 49,000 passwords most seen in breaches (zxcvbn's list), lower-cased. */
const COMMON = new Set(dictionary.passwords.map((p) => p.toLowerCase()));

export const isCommonPassword = (lowered: string): boolean => COMMON.has(lowered);
