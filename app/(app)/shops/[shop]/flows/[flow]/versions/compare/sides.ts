/** A side of a comparison: a published version's number, or the draft. */
export type Side = number | 'draft';

/** `?from=3` / `?to=draft`; anything else is not a side. */
export function parseSide(raw: string | string[] | undefined): Side | null {
  if (typeof raw !== 'string') return null;
  if (raw === 'draft') return 'draft';
  if (!/^[1-9]\d{0,8}$/.test(raw)) return null;
  return Number(raw);
}

export function compareHref(shopId: string, flowId: string, from: Side, to: Side): string {
  return `/shops/${shopId}/flows/${flowId}/versions/compare?from=${from}&to=${to}`;
}
