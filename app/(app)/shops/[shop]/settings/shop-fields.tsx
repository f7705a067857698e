'use client';
import { cn } from '../../../../ui/cn';
import type { FieldIssue } from '../../../../ui/form-errors';
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from '../../../../ui/select';

/** A select over a fixed list of codes (platform, country, market rules), each shown by `label`; shared by the new-shop dialog and the settings. */
export function CodeSelect({
  id,
  value,
  options,
  label,
  onChange,
  invalid,
  disabled,
}: {
  id: string;
  value: string;
  options: readonly string[];
  label: (code: string) => string;
  onChange: (code: string) => void;
  invalid: boolean;
  disabled?: boolean;
}) {
  return (
    <Select value={value} onValueChange={onChange} disabled={disabled}>
      <SelectTrigger id={id} aria-invalid={invalid}>
        <SelectValue />
      </SelectTrigger>
      <SelectContent>
        {options.map((code) => (
          <SelectItem key={code} value={code}>
            {label(code)}
          </SelectItem>
        ))}
      </SelectContent>
    </Select>
  );
}

/** Server issues that no field of the form shows, each with its path. */
export function UnplacedIssues({ issues, className }: { issues: readonly FieldIssue[]; className?: string }) {
  if (issues.length === 0) return null;
  return (
    <ul role="alert" className={cn('rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800', className)}>
      {issues.map((i) => (
        <li key={`${i.path}:${i.message}`}>
          {i.path ? <span className="font-mono text-xs">{i.path}: </span> : null}
          {i.message}
        </li>
      ))}
    </ul>
  );
}
