import type { FlowDocument } from '../document';
import { PROBLEM_CATALOGUE, type Problem } from './catalogue';
import { checkContent } from './content';
import { checkGraph } from './graph';
import { checkIntentLanguages } from './intent-languages';
import { checkReplies } from './replies';
import type { Report } from './report';

export { PROBLEM_CATALOGUE, type Problem, type ProblemCode, type Severity } from './catalogue';

/**
 * Checks a schema-valid flow beyond its shape. Errors block publishing; warnings don't.
 * Problems come sorted by severity, then code, then position in the document.
 */
export function validateFlow(doc: FlowDocument): Problem[] {
  const problems: Problem[] = [];
  const report: Report = (code, nodeId, path, en, zh) => {
    problems.push({ code, severity: PROBLEM_CATALOGUE[code].severity, nodeId, path, message: { en, zh } });
  };
  checkGraph(doc, report);
  checkContent(doc, report);
  checkReplies(doc, report);
  checkIntentLanguages(doc, report);
  return problems.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1) || a.code.localeCompare(b.code));
}

export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((p) => p.severity === 'error');
}
