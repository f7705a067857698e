/** Readable ids made from names, as flows, schedules, intents and conversation tests get them. */

/** Lower-case Latin letters, digits and single '-' from a name ('Support hours' → 'support-hours'); '' when nothing is left. */
export function slugify(name: string, maxLength = 40): string {
  return name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength);
}

/** `base` when it is free, else the first free of `base-2`, `base-3`, … */
export function firstFree(base: string, taken: (id: string) => boolean): string {
  if (!taken(base)) return base;
  for (let i = 2; ; i++) if (!taken(`${base}-${i}`)) return `${base}-${i}`;
}
