'use client';
import { useTranslations } from 'next-intl';
import type { InspectorProps } from './types';

/** Nothing to set: where every conversation begins. */
export function StartInspector(_props: InspectorProps<'start'>) {
  const t = useTranslations('inspector.start');
  return <p className="text-sm leading-snug text-slate-600">{t('about')}</p>;
}
