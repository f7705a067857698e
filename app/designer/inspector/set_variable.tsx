'use client';
import { Plus, X } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { useMemo } from 'react';
import { BUILTIN_VARIABLES } from '../../../flows/variable';
import { Button } from '../../ui/button';
import { useDesigner } from '../context';
import { IconButton, PathSelect, useVariableOptions } from '../editors/controls';
import { knownVariables, unknownVariables } from '../editors/template-check';
import { TypedValue } from '../editors/variables-editor';
import { useNodeEdit } from './node-form';
import type { InspectorProps } from './types';

/** Saves values in the flow's variables (text values may use other variables, e.g. {order_id}). */
export function SetVariableInspector(props: InspectorProps<'set_variable'>) {
  const t = useTranslations('inspector.setVariable');
  const edit = useNodeEdit(props);
  const variables = useDesigner((s) => s.doc.variables);
  const known = useMemo(() => knownVariables({ variables }), [variables]);
  const groups = useVariableOptions({ builtins: false });
  const data = props.node.data;
  return (
    <div className="space-y-3">
      <p className="text-xs leading-snug text-slate-500">{t('about')}</p>
      {variables.length === 0 ? <p className="rounded-md bg-amber-50 px-2 py-1.5 text-xs text-amber-800">{t('noVariables')}</p> : null}
      {data.assignments.map((a, k) => {
        const path = ['data', 'assignments', k] as const;
        const type = variables.find((v) => v.name === a.variable)?.type ?? 'string';
        const declared = variables.some((v) => v.name === a.variable);
        const unknown = typeof a.value === 'string' ? unknownVariables(a.value, known) : [];
        return (
          <div key={k} className="space-y-1.5 rounded-md border border-slate-200 p-2" data-testid="assignment">
            <div className="flex items-center gap-1">
              <PathSelect
                path={[...path, 'variable']}
                className="h-8 min-w-0 flex-1 font-mono text-xs"
                value={a.variable}
                groups={declared ? groups : [...groups, { label: t('notDeclared'), options: [{ value: a.variable, label: a.variable }] }]}
                onValueChange={(v) =>
                  edit((d) => ({
                    ...d,
                    assignments: d.assignments.map((x, i) => {
                      if (i !== k) return x;
                      const nextType = variables.find((n) => n.name === v)?.type ?? 'string';
                      return { variable: v, value: nextType === type ? x.value : nextType === 'number' ? 0 : nextType === 'boolean' ? true : '' };
                    }),
                  }))
                }
              />
              {!props.readOnly && data.assignments.length > 1 ? (
                <IconButton label={t('remove')} onClick={() => edit((d) => ({ ...d, assignments: d.assignments.filter((_, i) => i !== k) }))}>
                  <X className="h-3.5 w-3.5" />
                </IconButton>
              ) : null}
            </div>
            {!declared ? <p className="text-xs text-red-600">{a.variable in BUILTIN_VARIABLES ? t('builtinReadOnly', { name: a.variable }) : t('notDeclaredHint', { name: a.variable })}</p> : null}
            <div className="flex items-center gap-2">
              <span className="shrink-0 text-xs text-slate-500">=</span>
              <TypedValue path={[...path, 'value']} type={type} value={a.value} onCommit={(value) => edit((d) => ({ ...d, assignments: d.assignments.map((x, i) => (i === k ? { ...x, value: value ?? '' } : x)) }))} />
            </div>
            {unknown.map((u) => (
              <p key={u.start} className="text-xs text-amber-800" data-testid="unknown-variable">
                {t('unknownInValue', { name: `{${u.name}}` })}
              </p>
            ))}
          </div>
        );
      })}
      {!props.readOnly && data.assignments.length < 20 ? (
        <Button
          type="button"
          variant="secondary"
          size="sm"
          className="h-8 text-xs"
          disabled={variables.length === 0}
          onClick={() => edit((d) => ({ ...d, assignments: [...d.assignments, { variable: variables[0]?.name ?? 'order_id', value: variables[0]?.type === 'number' ? 0 : variables[0]?.type === 'boolean' ? true : '' }] }))}
        >
          <Plus className="h-3.5 w-3.5" aria-hidden />
          {t('add')}
        </Button>
      ) : null}
    </div>
  );
}
