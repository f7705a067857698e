'use client';
/** The flow document as JSON in Monaco; the editor is loaded in the browser only, when the tab opens. */
import { useTranslations } from 'next-intl';
import dynamic from 'next/dynamic';

const JsonEditor = dynamic(() => import('./monaco/json-editor'), { ssr: false, loading: () => <Loading /> });

function Loading() {
  const t = useTranslations('jsonEditor');
  return (
    <div className="flex h-full items-center justify-center bg-white text-sm text-slate-500" data-testid="json-loading">
      {t('loading')}
    </div>
  );
}

export function JsonTab() {
  return <JsonEditor />;
}
