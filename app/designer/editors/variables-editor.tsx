'use client';
/** The flow's own variables: name, type, default value and what they hold. */
import { Plus, Trash2 } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import type { Variable, VariableValue } from '../../../flows/variable';
import { Button } from '../../ui/button';
import { useDesigner } from '../context';
import { freshId } from '../defaults';
import { IconButton, PathSelect } from './controls';
import { DraftInput, DraftNumber, FieldError } from './draft';
import type { Issue, Path } from './issues';
import { useDocEditor, useReadOnly } from './scope';

export function VariablesEditor() {
  const t = useTranslations('inspector.variables');
  const tt = useTranslations('inspector');
  const variables = useDesigner((s) => s.doc.variables);
  const editDoc = useDocEditor();
  const readOnly = useReadOnly();
  const [issues, setIssues] = useState<Issue[]>([]);
  const edit = (change: (v: Variable[]) => Variable[]) => editDoc((d) => ({ ...d, variables: change(d.variables) }), ['variables']);
  const setAt = (i: number, change: (v: Variable) => Variable) => edit((list) => list.map((v, k) => (k === i ? change(v) : v)));

  return (
    <div className="space-y-2" data-testid="variables-editor">
      {variables.length === 0 ? <p className="text-xs text-slate-500">{t('none')}</p> : null}
      {variables.map((v, i) => {
        const path: Path = ['variables', i];
        return (
          <div key={i} className="space-y-1.5 rounded-md border border-slate-200 p-2" data-testid="variable">
            <div className="flex items-start gap-1.5">
              <DraftInput path={[...path, 'name']} value={v.name} className="h-8 font-mono text-sm" aria-label={t('name')} maxLength={64} onCommit={(name) => setAt(i, (x) => ({ ...x, name }))} />
              <PathSelect
                path={[...path, 'type']}
                className="h-8 w-28 shrink-0 text-sm"
                value={v.type}
                options={(['string', 'number', 'boolean'] as const).map((type) => ({ value: type, label: tt(`variableTypes.${type}`) }))}
                onValueChange={(type) =>
                  setAt(i, (x) => {
                    const next: Variable = { ...x, type: type as Variable['type'] };
                    delete next.default;
                    return next;
                  })
                }
              />
              {!readOnly ? (
                <IconButton label={t('remove')} onClick={() => setIssues(edit((list) => list.filter((_, k) => k !== i)))}>
                  <Trash2 className="h-3.5 w-3.5" />
                </IconButton>
              ) : null}
            </div>
            <div className="flex items-center gap-2">
              <span className="w-20 shrink-0 text-xs text-slate-500">{t('default')}</span>
              <TypedValue path={[...path, 'default']} type={v.type} value={v.default} optional onCommit={(value) => setAt(i, (x) => withDefault(x, value))} />
            </div>
            <DraftInput path={[...path, 'description']} value={v.description} className="h-8 text-xs" placeholder={t('descriptionPlaceholder')} aria-label={t('description')} maxLength={300} onCommit={(description) => setAt(i, (x) => ({ ...x, description }))} />
          </div>
        );
      })}
      {!readOnly ? (
        <Button
          type="button"
          variant="secondary"
          size="sm"
          className="h-8 text-xs"
          onClick={() => setIssues(edit((list) => [...list, { name: freshId('var', list.map((v) => v.name)), type: 'string', default: '', description: '' }]))}
          data-testid="add-variable"
        >
          <Plus className="h-3.5 w-3.5" aria-hidden />
          {t('add')}
        </Button>
      ) : null}
      <FieldError issues={issues} />
    </div>
  );
}

function withDefault(v: Variable, value: VariableValue | undefined): Variable {
  const next = { ...v };
  if (value === undefined) delete next.default;
  else next.default = value;
  return next;
}

/** A value of a variable's type: text, a number, or yes / no. */
export function TypedValue({ path, type, value, onCommit, optional }: { path: Path; type: Variable['type']; value: VariableValue | undefined; onCommit(v: VariableValue | undefined): Issue[]; optional?: boolean }) {
  const t = useTranslations('inspector.variables');
  if (type === 'number') {
    return <DraftNumber path={path} value={typeof value === 'number' ? value : undefined} optional={optional} integer={false} className="h-8 w-full text-sm" onCommit={onCommit} />;
  }
  if (type === 'boolean') {
    return (
      <PathSelect
        path={path}
        className="h-8 text-sm"
        value={value === true ? 'true' : value === false ? 'false' : 'unset'}
        options={[...(optional ? [{ value: 'unset', label: t('unset') }] : []), { value: 'true', label: t('true') }, { value: 'false', label: t('false') }]}
        onValueChange={(v) => onCommit(v === 'unset' ? undefined : v === 'true')}
      />
    );
  }
  return <DraftInput path={path} value={typeof value === 'string' ? value : value === undefined ? '' : String(value)} className="h-8 text-sm" onCommit={(text) => onCommit(text)} />;
}
