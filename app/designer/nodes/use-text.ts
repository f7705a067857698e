'use client';
import { useLocale } from 'next-intl';
import type { Reply } from '../../../flows/reply';
import { useDesigner } from '../context';
import { pickText, preferredLanguages } from '../text';

/** A per-language text as the canvas shows it: the UI language if the flow has it. */
export function useText(text: Record<string, string> | undefined): string {
  const locale = useLocale();
  const doc = useDesigner((s) => s.doc);
  return pickText(text, preferredLanguages(doc, locale));
}

export function useButtons(reply: Reply | undefined): string[] {
  const locale = useLocale();
  const doc = useDesigner((s) => s.doc);
  return (reply?.buttons ?? []).map((b) => pickText(b.label, preferredLanguages(doc, locale)));
}
