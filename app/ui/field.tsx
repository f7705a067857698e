import * as LabelPrimitive from '@radix-ui/react-label';
import type { ReactNode } from 'react';

/** A labelled form field with its error message (linked for screen readers). */
export function Field({ id, label, error, hint, children }: { id: string; label: ReactNode; error?: string; hint?: ReactNode; children: ReactNode }) {
  return (
    <div className="space-y-1">
      <LabelPrimitive.Root htmlFor={id} className="block text-sm font-medium text-slate-700">
        {label}
      </LabelPrimitive.Root>
      {children}
      {hint && !error ? <p className="text-xs text-slate-500">{hint}</p> : null}
      {error ? (
        <p id={`${id}-error`} role="alert" className="text-xs text-red-600">
          {error}
        </p>
      ) : null}
    </div>
  );
}
