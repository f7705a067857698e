import type { FlowDocument } from '../document';
import { PROBLEM_CATALOGUE, type Problem } from './catalogue';
import { checkContent } from './content';
import { checkGraph } from './graph';

export { PROBLEM_CATALOGUE, type Problem, type ProblemCode, type Severity } from './catalogue';

/**
 * Checks a schema-valid flow beyond its shape. Errors block publishing; warnings don't.
 * Problems come sorted by severity, then code, then position in the document.
 */
export function validateFlow(doc: FlowDocument): Problem[] {
  const problems: Problem[] = [];
  const report = (code: keyof typeof PROBLEM_CATALOGUE, nodeId: string | null, path: (string | number)[], en: string, zh: string) => {
    problems.push({ code, severity: PROBLEM_CATALOGUE[code].severity, nodeId, path, message: { en, zh } });
  };
  checkGraph(doc, report);
  checkContent(doc, report);
  return problems.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1) || a.code.localeCompare(b.code));
}

export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((p) => p.severity === 'error');
}
