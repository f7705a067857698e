'use client';
/** Two flow documents side by side in Monaco's diff editor (read-only; unchanged parts folded). */
import { useTranslations } from 'next-intl';
import { useEffect, useRef } from 'react';
import type { FlowDocument } from '../../../flows/document';
import { Button } from '../../ui/button';
import { documentText } from '../monaco/json-text';
import { flowModelUri, type MonacoApi } from '../monaco/load';
import { useMonaco } from '../monaco/use-monaco';

export interface JsonDiffProps {
  before: FlowDocument;
  after: FlowDocument;
  /** Names the models, e.g. `['us-tiktok', 'customer-service', 'v3']`. */
  beforeKey: string[];
  afterKey: string[];
}

export default function JsonDiff(props: JsonDiffProps) {
  const t = useTranslations('versionsCompare');
  const { load, retry } = useMonaco();
  if (load.status === 'loading') return <p className="flex h-full items-center justify-center text-sm text-slate-500">{t('jsonLoading')}</p>;
  if (load.status === 'failed') {
    return (
      <div className="flex h-full flex-col items-center justify-center gap-3 text-sm" role="alert">
        <p className="text-red-700">{t('jsonFailed', { message: load.message })}</p>
        <Button variant="secondary" size="sm" onClick={retry}>
          {t('retry')}
        </Button>
      </div>
    );
  }
  return <DiffEditor monaco={load.monaco} {...props} />;
}

function DiffEditor({ monaco, before, after, beforeKey, afterKey }: JsonDiffProps & { monaco: MonacoApi }) {
  const hostRef = useRef<HTMLDivElement>(null);
  const beforeName = beforeKey.join('/');
  const afterName = afterKey.join('/');
  useEffect(() => {
    const host = hostRef.current;
    if (!host) return;
    const uris = [flowModelUri(monaco, 'compare', ...beforeName.split('/'), 'before'), flowModelUri(monaco, 'compare', ...afterName.split('/'), 'after')];
    for (const uri of uris) monaco.editor.getModel(uri)?.dispose();
    const original = monaco.editor.createModel(documentText(before), 'json', uris[0]);
    const modified = monaco.editor.createModel(documentText(after), 'json', uris[1]);
    const editor = monaco.editor.createDiffEditor(host, {
      readOnly: true,
      originalEditable: false,
      renderSideBySide: true,
      useInlineViewWhenSpaceIsLimited: false,
      automaticLayout: true,
      minimap: { enabled: false },
      scrollBeyondLastLine: false,
      fontSize: 12,
      wordWrap: 'on',
      diffWordWrap: 'on',
      hideUnchangedRegions: { enabled: true, contextLineCount: 3, minimumLineCount: 5, revealLineCount: 20 },
      renderOverviewRuler: true,
      // Chinese punctuation (，：（）) is not a lookalike to warn about in reply texts.
      unicodeHighlight: { ambiguousCharacters: false },
    });
    editor.setModel({ original, modified });
    return () => {
      editor.dispose();
      original.dispose();
      modified.dispose();
    };
  }, [monaco, before, after, beforeName, afterName]);
  return <div ref={hostRef} className="h-full w-full" data-testid="json-diff" />;
}
