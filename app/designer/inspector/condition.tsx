'use client';
import { ArrowDown, ArrowUp, Plus, Trash2, X } from 'lucide-react';
import { useTranslations } from 'next-intl';
import type { Comparison } from '../../../flows/nodes/condition';
import { BUILTIN_VARIABLES, type VariableType } from '../../../flows/variable';
import { Button } from '../../ui/button';
import { useDesigner } from '../context';
import { freshId } from '../defaults';
import { IconButton, PathSelect, useVariableOptions } from '../editors/controls';
import { DraftInput } from '../editors/draft';
import { TypedValue } from '../editors/variables-editor';
import { useNodeEdit } from './node-form';
import type { InspectorProps } from './types';

const OPS = ['eq', 'neq', 'gt', 'gte', 'lt', 'lte', 'contains', 'contains_any', 'is_set', 'is_empty'] as const;
const NO_VALUE = new Set<Comparison['op']>(['is_set', 'is_empty']);

function starter(type: VariableType): string | number | boolean {
  return type === 'number' ? 0 : type === 'boolean' ? true : '';
}

/** Rules tried in order, each an exit taken when all its comparisons on variables hold; else "Otherwise". */
export function ConditionInspector(props: InspectorProps<'condition'>) {
  const t = useTranslations('inspector.condition');
  const tops = useTranslations('designer.ops');
  const tc = useTranslations('inspector.common');
  const td = useTranslations('designer.exits');
  const edit = useNodeEdit(props);
  const variables = useDesigner((s) => s.doc.variables);
  const groups = useVariableOptions();
  const readOnly = props.readOnly;
  const rules = props.node.data.rules;
  const typeOf = (name: string): VariableType => variables.find((v) => v.name === name)?.type ?? BUILTIN_VARIABLES[name]?.type ?? 'string';
  const setRule = (k: number, change: (r: (typeof rules)[number]) => (typeof rules)[number]) => edit((d) => ({ ...d, rules: d.rules.map((r, i) => (i === k ? change(r) : r)) }));
  const setComparison = (k: number, j: number, change: (c: Comparison) => Comparison) => setRule(k, (r) => ({ ...r, all: r.all.map((c, i) => (i === j ? change(c) : c)) }));
  const move = (k: number, by: number) =>
    edit((d) => {
      const next = [...d.rules];
      const [r] = next.splice(k, 1);
      if (r) next.splice(k + by, 0, r);
      return { ...d, rules: next };
    });
  const firstVariable = variables[0]?.name ?? 'order_status';

  return (
    <div className="space-y-3">
      <p className="text-xs leading-snug text-slate-500">{t('about')}</p>
      {rules.map((rule, k) => {
        const path = ['data', 'rules', k] as const;
        return (
          <div key={rule.id} className="space-y-2 rounded-md border border-slate-200 p-2" data-testid={`rule-${rule.id}`}>
            <div className="flex items-start gap-1">
              <span className="mt-1.5 shrink-0 text-xs font-medium text-slate-500">{t('rule', { n: k + 1 })}</span>
              <DraftInput path={[...path, 'label']} value={rule.label} className="h-8 text-sm" placeholder={t('labelPlaceholder')} aria-label={t('label')} maxLength={100} onCommit={(label) => setRule(k, (r) => ({ ...r, label }))} />
              {!readOnly ? (
                <>
                  <IconButton label={tc('moveUp')} disabled={k === 0} onClick={() => move(k, -1)}>
                    <ArrowUp className="h-3.5 w-3.5" />
                  </IconButton>
                  <IconButton label={tc('moveDown')} disabled={k === rules.length - 1} onClick={() => move(k, 1)}>
                    <ArrowDown className="h-3.5 w-3.5" />
                  </IconButton>
                  <IconButton label={t('removeRule')} disabled={rules.length === 1} onClick={() => edit((d) => ({ ...d, rules: d.rules.filter((_, i) => i !== k) }))}>
                    <Trash2 className="h-3.5 w-3.5" />
                  </IconButton>
                </>
              ) : null}
            </div>
            <p className="text-[11px] text-slate-500">{t('allOf')}</p>
            {rule.all.map((c, j) => {
              const cPath = [...path, 'all', j];
              const type = typeOf(c.variable);
              const known = groups.some((g) => g.options.some((o) => o.value === c.variable));
              return (
                <div key={j} className="space-y-1 rounded bg-slate-50 p-1.5" data-testid="comparison">
                  <div className="flex items-center gap-1">
                    <PathSelect
                      path={[...cPath, 'variable']}
                      className="h-8 min-w-0 flex-1 font-mono text-xs"
                      value={c.variable}
                      groups={known ? groups : [...groups, { label: t('unknownGroup'), options: [{ value: c.variable, label: c.variable }] }]}
                      onValueChange={(v) =>
                        setComparison(k, j, (x) => {
                          const next: Comparison = { ...x, variable: v };
                          if (!NO_VALUE.has(x.op) && typeOf(v) !== type) next.value = starter(typeOf(v));
                          return next;
                        })
                      }
                    />
                    <PathSelect
                      path={[...cPath, 'op']}
                      className="h-8 w-24 shrink-0 text-xs"
                      value={c.op}
                      options={OPS.map((op) => ({ value: op, label: tops(op) }))}
                      onValueChange={(v) =>
                        setComparison(k, j, (x) => {
                          const op = v as Comparison['op'];
                          const next: Comparison = { ...x, op };
                          if (NO_VALUE.has(op)) delete next.value;
                          else if (next.value === undefined) next.value = starter(type);
                          return next;
                        })
                      }
                    />
                    {!readOnly && rule.all.length > 1 ? (
                      <IconButton label={t('removeComparison')} onClick={() => setRule(k, (r) => ({ ...r, all: r.all.filter((_, i) => i !== j) }))}>
                        <X className="h-3.5 w-3.5" />
                      </IconButton>
                    ) : null}
                  </div>
                  {!NO_VALUE.has(c.op) ? (
                    <TypedValue
                      path={[...cPath, 'value']}
                      type={type}
                      value={c.value}
                      onCommit={(value) =>
                        setComparison(k, j, (x) => {
                          const next = { ...x };
                          if (value === undefined) delete next.value;
                          else next.value = value;
                          return next;
                        })
                      }
                    />
                  ) : null}
                  {c.op === 'contains_any' ? <p className="text-[11px] text-slate-500">{t('anyOfHint')}</p> : null}
                </div>
              );
            })}
            {!readOnly && rule.all.length < 20 ? (
              <button type="button" className="inline-flex items-center gap-1 text-xs font-medium text-indigo-700 hover:underline" onClick={() => setRule(k, (r) => ({ ...r, all: [...r.all, { variable: firstVariable, op: 'is_set' }] }))}>
                <Plus className="h-3 w-3" aria-hidden />
                {t('addComparison')}
              </button>
            ) : null}
          </div>
        );
      })}
      <p className="rounded-md border border-dashed border-slate-200 px-2 py-1.5 text-xs text-slate-500">{t('otherwise', { exit: td('else') })}</p>
      {!readOnly && rules.length < 20 ? (
        <Button
          type="button"
          variant="secondary"
          size="sm"
          className="h-8 text-xs"
          data-testid="add-rule"
          onClick={() => edit((d) => ({ ...d, rules: [...d.rules, { id: freshId('rule', d.rules.map((r) => r.id)), label: '', all: [{ variable: firstVariable, op: 'is_set' }] }] }))}
        >
          <Plus className="h-3.5 w-3.5" aria-hidden />
          {t('addRule')}
        </Button>
      ) : null}
    </div>
  );
}
