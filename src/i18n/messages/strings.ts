/** An English file's shape: the Vietnamese file's keys, every message a string of its own. */
export type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };
