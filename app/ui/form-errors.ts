/** Field issues from the server (tRPC `error.data.issues`), placed next to the form's fields. */
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';

export interface FieldIssue {
  /** Dotted path as the server names it, e.g. `patch.timezone` or `order.items.0.title`. */
  path: string;
  message: string;
}

/** The field issues a tRPC error carries (empty for errors without them). */
export function serverIssues(error: unknown): FieldIssue[] {
  const issues = (error as { data?: { issues?: unknown } } | null | undefined)?.data?.issues;
  if (!Array.isArray(issues)) return [];
  return issues.filter((i): i is FieldIssue => typeof i?.path === 'string' && typeof i?.message === 'string');
}

/**
 * Sets each server issue on its form field (the input's `prefix`, such as `patch.`, removed).
 * Returns the issues that belong to no field of the form, for a message above the buttons.
 */
export function applyServerIssues<T extends FieldValues>(setError: UseFormSetError<T>, error: unknown, options: { prefix?: string; isField: (path: string) => boolean }): FieldIssue[] {
  const rest: FieldIssue[] = [];
  for (const issue of serverIssues(error)) {
    const path = options.prefix && issue.path.startsWith(options.prefix) ? issue.path.slice(options.prefix.length) : issue.path;
    if (path && options.isField(path)) setError(path as Path<T>, { type: 'server', message: issue.message });
    else rest.push({ path, message: issue.message });
  }
  return rest;
}

/** The tRPC error code of a failed call, if any. */
export function errorCode(error: unknown): string | undefined {
  const code = (error as { data?: { code?: unknown } } | null | undefined)?.data?.code;
  return typeof code === 'string' ? code : undefined;
}

/** The `details` a tRPC error carries from the server (e.g. `{ reason }`), or an empty object. */
export function errorDetails(error: unknown): Record<string, unknown> {
  const details = (error as { data?: { details?: unknown } } | null | undefined)?.data?.details;
  return details && typeof details === 'object' ? (details as Record<string, unknown>) : {};
}
