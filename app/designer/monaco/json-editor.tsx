'use client';
/**
 * The JSON tab: the flow document in Monaco, checked against the flow schema while typing
 * (with completion from it); "Apply" puts a valid text on the canvas as one undo step.
 */
import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';
import { Badge } from '../../ui/badge';
import { Button } from '../../ui/button';
import { cn } from '../../ui/cn';
import { useDesigner, useDesignerStore } from '../context';
import { createJsonController, INITIAL_STATE, type JsonCheck, type JsonController, type JsonTabState } from './json-controller';
import type { MonacoApi } from './load';
import { useMonaco } from './use-monaco';

export default function JsonEditor() {
  const t = useTranslations('jsonEditor');
  const { load, retry } = useMonaco();
  if (load.status === 'loading') {
    return (
      <div className="flex h-full items-center justify-center bg-white text-sm text-slate-500" data-testid="json-loading">
        {t('loading')}
      </div>
    );
  }
  if (load.status === 'failed') {
    return (
      <div className="flex h-full flex-col items-center justify-center gap-3 bg-white text-sm" role="alert">
        <p className="text-red-700">{t('loadFailed', { message: load.message })}</p>
        <Button variant="secondary" size="sm" onClick={retry}>
          {t('retry')}
        </Button>
      </div>
    );
  }
  return <JsonEditorView monaco={load.monaco} />;
}

function JsonEditorView({ monaco }: { monaco: MonacoApi }) {
  const t = useTranslations('jsonEditor');
  const store = useDesignerStore();
  const readOnly = useDesigner((s) => s.readOnly);
  const hostRef = useRef<HTMLDivElement>(null);
  const controller = useRef<JsonController | null>(null);
  const [state, setState] = useState<JsonTabState>(INITIAL_STATE);

  useEffect(() => {
    const host = hostRef.current;
    if (!host) return;
    const c = createJsonController(monaco, host, store, setState);
    controller.current = c;
    return () => {
      controller.current = null;
      c.dispose();
    };
  }, [monaco, store]);

  const { check, canvasChanged } = state;
  const issues = check.kind === 'invalid' ? check.issues : [];
  return (
    <div className="flex h-full flex-col bg-white" data-testid="json-editor">
      <div className="flex flex-wrap items-center gap-2 border-b border-slate-200 px-3 py-2">
        {readOnly ? (
          <Badge tone="info">{t('readOnly')}</Badge>
        ) : (
          <>
            <Button size="sm" onClick={() => controller.current?.apply()} disabled={check.kind !== 'edited'} title={t('applyHint')} data-testid="json-apply">
              {t('apply')}
            </Button>
            <Button
              size="sm"
              variant="ghost"
              onClick={() => controller.current?.loadCurrent()}
              disabled={check.kind === 'inSync' || check.kind === 'applied'}
              data-testid="json-discard"
            >
              {t('discard')}
            </Button>
            <Button size="sm" variant="ghost" onClick={() => controller.current?.format()} disabled={check.kind === 'syntax'}>
              {t('format')}
            </Button>
            <CheckBadge check={check} />
          </>
        )}
        <p className="ml-auto max-w-xl text-xs text-slate-500">{readOnly ? t('helpReadOnly') : t('help')}</p>
      </div>
      {canvasChanged ? (
        <div className="flex flex-wrap items-center gap-3 border-b border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900" role="status" data-testid="json-canvas-changed">
          <span>
            <strong className="font-semibold">{t('canvasChanged.title')}</strong> {t('canvasChanged.body')}
          </span>
          <Button size="sm" variant="secondary" onClick={() => controller.current?.loadCurrent()} data-testid="json-load-current">
            {t('canvasChanged.load')}
          </Button>
        </div>
      ) : null}
      <div ref={hostRef} className="min-h-0 flex-1" data-testid="json-monaco" />
      {check.kind === 'syntax' || issues.length > 0 ? (
        <div className="max-h-48 shrink-0 overflow-y-auto border-t border-red-200 bg-red-50" role="alert" data-testid="json-errors">
          <p className="px-3 pt-2 text-xs font-semibold text-red-800">{t('errors.title')}</p>
          <ul className="py-1">
            {check.kind === 'syntax' ? (
              <li>
                <button type="button" className="w-full px-3 py-1 text-left text-sm text-red-900 hover:bg-red-100" onClick={() => controller.current?.reveal(check.error.offset, check.error.offset + 1)}>
                  <span className="font-mono text-xs text-red-700">{t('errors.lineColumn', { line: check.error.line, column: check.error.column })}</span> {t('errors.syntax', { detail: t(`syntax.${check.error.code}`) })}
                </button>
              </li>
            ) : null}
            {issues.map((issue, i) => (
              <li key={`${issue.path}-${i}`}>
                <button type="button" className="w-full px-3 py-1 text-left text-sm text-red-900 hover:bg-red-100" onClick={() => controller.current?.reveal(issue.start, issue.end)}>
                  <span className="font-mono text-xs text-red-700">{issue.path}</span> {issue.message}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}

function CheckBadge({ check }: { check: JsonCheck }) {
  const t = useTranslations('jsonEditor');
  const [tone, text] =
    check.kind === 'inSync'
      ? (['neutral', t('state.inSync')] as const)
      : check.kind === 'applied'
        ? (['good', t('state.applied')] as const)
        : check.kind === 'edited'
          ? (['info', t('state.edited')] as const)
          : check.kind === 'syntax'
            ? (['bad', t('state.syntax')] as const)
            : (['bad', t('state.invalid', { count: check.issues.length })] as const);
  return (
    <Badge tone={tone} className={cn('ml-1')} role="status" data-testid="json-state" data-state={check.kind}>
      {text}
    </Badge>
  );
}
