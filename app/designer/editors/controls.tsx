'use client';
/** Small pieces the editors share: language names, icon buttons, switches with labels, pickers. */
import { useTranslations } from 'next-intl';
import type { ComponentProps, ReactNode } from 'react';
import { Button } from '../../ui/button';
import { cn } from '../../ui/cn';
import * as SelectPrimitive from '@radix-ui/react-select';
import { Select, SelectContent, SelectGroup, SelectLabel, SelectTrigger, SelectValue } from '../../ui/select';
import { Switch } from '../../ui/switch';
import { Tooltip } from '../../ui/tooltip';
import { useDesigner } from '../context';
import { BUILTIN_VARIABLES } from '../../../flows/variable';
import { fieldId, pathKey, type Path } from './issues';
import { useReadOnly } from './scope';

/** Common languages a seller picks from; any other BCP-47 code can be typed. */
export const COMMON_LANGUAGES = ['zh', 'en', 'es', 'pt', 'ms', 'id', 'th', 'vi', 'fil', 'ja', 'ko', 'fr', 'de', 'it', 'ar', 'ru', 'tr'] as const;

/** "English", "西班牙语": a language's name in the UI's language (the code for unknown ones). */
export function useLanguageName(): (code: string) => string {
  const t = useTranslations('inspector.languages');
  return (code) => {
    const base = code.split('-')[0] ?? code;
    const region = code.includes('-') ? code.slice(base.length + 1) : '';
    const name = t.has(base) ? t(base) : base;
    return region ? `${name} (${region})` : name;
  };
}

/** A small square button with an icon and a tooltip that names it. */
export function IconButton({ label, children, className, ...props }: ComponentProps<'button'> & { label: string }) {
  return (
    <Tooltip content={label}>
      <Button type="button" variant="ghost" size="icon" aria-label={label} className={cn('h-7 w-7 text-slate-500 hover:text-slate-900', className)} {...props}>
        {children}
      </Button>
    </Tooltip>
  );
}

/** A switch with its label on the left and an optional hint below. */
export function SwitchRow({ path, label, hint, checked, onCheckedChange, disabled }: { path: Path; label: ReactNode; hint?: ReactNode; checked: boolean; onCheckedChange(v: boolean): void; disabled?: boolean }) {
  const id = fieldId(path);
  const readOnly = useReadOnly();
  return (
    <div className="flex items-start gap-3">
      <div className="min-w-0 flex-1">
        <label htmlFor={id} className="block text-sm font-medium text-slate-700">
          {label}
        </label>
        {hint ? <p className="text-xs text-slate-500">{hint}</p> : null}
      </div>
      <Switch id={id} data-path={pathKey(path)} checked={checked} onCheckedChange={onCheckedChange} disabled={disabled || readOnly} className="mt-0.5" />
    </div>
  );
}

/** A label above a control, with a hint; the control brings its own error. */
export function FormRow({ htmlFor, label, hint, children, aside }: { htmlFor?: string; label: ReactNode; hint?: ReactNode; children: ReactNode; aside?: ReactNode }) {
  return (
    <div className="space-y-1">
      <div className="flex items-baseline gap-2">
        <label htmlFor={htmlFor} className="block text-sm font-medium text-slate-700">
          {label}
        </label>
        {aside ? <span className="ml-auto text-xs text-slate-500">{aside}</span> : null}
      </div>
      {children}
      {hint ? <p className="text-xs leading-snug text-slate-500">{hint}</p> : null}
    </div>
  );
}

export interface Option {
  value: string;
  label: ReactNode;
  hint?: ReactNode;
}

/** A select bound to a document path. */
export function PathSelect({ path, value, onValueChange, options, disabled, placeholder, className, groups }: { path: Path; value: string | undefined; onValueChange(v: string): void; options?: Option[]; groups?: Array<{ label: ReactNode; options: Option[] }>; disabled?: boolean; placeholder?: string; className?: string }) {
  const readOnly = useReadOnly();
  return (
    <Select value={value} onValueChange={onValueChange} disabled={disabled || readOnly}>
      <SelectTrigger id={fieldId(path)} data-path={pathKey(path)} className={className}>
        <SelectValue placeholder={placeholder} />
      </SelectTrigger>
      <SelectContent>
        {options?.map((o) => (
          <OptionItem key={o.value} option={o} />
        ))}
        {groups?.map((g, i) =>
          g.options.length > 0 ? (
            <SelectGroup key={i}>
              <SelectLabel>{g.label}</SelectLabel>
              {g.options.map((o) => (
                <OptionItem key={o.value} option={o} />
              ))}
            </SelectGroup>
          ) : null,
        )}
      </SelectContent>
    </Select>
  );
}

/** An option of a select: the label (what the closed select shows) and a grey hint beside it in the list only. */
function OptionItem({ option }: { option: Option }) {
  return (
    <SelectPrimitive.Item
      value={option.value}
      className="relative flex w-full cursor-pointer select-none items-baseline gap-2 rounded py-1.5 pl-7 pr-2 outline-none data-[disabled]:pointer-events-none data-[highlighted]:bg-slate-100 data-[disabled]:opacity-50"
    >
      <span className="absolute left-2 top-2 flex h-3.5 w-3.5 items-center justify-center">
        <SelectPrimitive.ItemIndicator>
          <svg aria-hidden viewBox="0 0 16 16" className="h-3.5 w-3.5 text-indigo-600" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
            <path d="M3 8.5l3 3 7-7" />
          </svg>
        </SelectPrimitive.ItemIndicator>
      </span>
      <SelectPrimitive.ItemText>{option.label}</SelectPrimitive.ItemText>
      {option.hint ? <span className="ml-auto truncate pl-2 text-xs text-slate-400">{option.hint}</span> : null}
    </SelectPrimitive.Item>
  );
}

/** The variables a flow can use, for pickers: its own (typed) first, then the built-in ones. */
export function useVariableOptions(options?: { builtins?: boolean }): Array<{ label: ReactNode; options: Option[] }> {
  const t = useTranslations('inspector');
  const variables = useDesigner((s) => s.doc.variables);
  const own: Option[] = variables.map((v) => ({ value: v.name, label: v.name, hint: t(`variableTypes.${v.type}`) }));
  const groups = [{ label: t('variables.flowGroup'), options: own }];
  if (options?.builtins !== false) {
    const taken = new Set(variables.map((v) => v.name));
    groups.push({
      label: t('variables.builtinGroup'),
      options: Object.keys(BUILTIN_VARIABLES)
        .filter((n) => !taken.has(n))
        .map((n) => ({ value: n, label: n, hint: t(`builtins.${n}`) })),
    });
  }
  return groups;
}

/** "Missing" marker for a language without text. */
export function MissingDot({ label }: { label: string }) {
  return <span aria-label={label} title={label} className="inline-block h-1.5 w-1.5 shrink-0 rounded-full bg-amber-500" data-testid="missing-marker" />;
}

/** One choice of a radio group, as a card with a title and a line of explanation. */
export function RadioCard({ checked, onSelect, title, hint, testId }: { checked: boolean; onSelect(): void; title: ReactNode; hint?: ReactNode; testId?: string }) {
  const readOnly = useReadOnly();
  return (
    <button
      type="button"
      role="radio"
      aria-checked={checked}
      disabled={readOnly}
      onClick={onSelect}
      data-testid={testId}
      className={cn('block h-full w-full rounded-md border p-2 text-left transition-colors disabled:cursor-not-allowed disabled:opacity-60', checked ? 'border-indigo-400 bg-indigo-50 ring-1 ring-indigo-200' : 'border-slate-200 bg-white hover:bg-slate-50')}
    >
      <span className={cn('block text-sm font-medium', checked ? 'text-indigo-800' : 'text-slate-800')}>{title}</span>
      {hint ? <span className="mt-0.5 block text-[11px] leading-snug text-slate-500">{hint}</span> : null}
    </button>
  );
}
