'use client';
import { useTranslations } from 'next-intl';
import { cn } from './cn';
import { errorCode } from './form-errors';

/**
 * What went wrong with a request, in the UI's language: refused by role, gone, changed by
 * someone else, invalid input, or anything else (with the server's own words as detail).
 */
export function ErrorAlert({ error, className, showDetail = true }: { error: unknown; className?: string; showDetail?: boolean }) {
  const t = useTranslations('common.errors');
  if (!error) return null;
  const code = errorCode(error);
  const key =
    code === 'FORBIDDEN'
      ? 'forbidden'
      : code === 'UNAUTHORIZED'
        ? 'unauthorized'
        : code === 'NOT_FOUND'
          ? 'notFound'
          : code === 'CONFLICT'
            ? 'conflict'
            : code === 'BAD_REQUEST'
              ? 'badRequest'
              : code === 'PRECONDITION_FAILED'
                ? 'precondition'
                : 'generic';
  const detail = showDetail && error instanceof Error && error.message && key !== 'forbidden' && key !== 'unauthorized' ? error.message : null;
  return (
    <div role="alert" className={cn('rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800', className)}>
      <p>{t(key)}</p>
      {detail ? <p className="mt-0.5 text-xs text-red-700/80">{detail}</p> : null}
    </div>
  );
}
