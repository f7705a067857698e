import { existsSync } from 'node:fs';
import { runConversationTest, type TestReport } from '../../runtime/testing/run-test';
import { bold, dim, green, red } from './colors';
import { loadFlow, loadTests } from './load';

function show(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** A failing test as a readable diff: the step, then what was expected (-) and what came (+). */
export function formatFailure(report: TestReport): string {
  const lines: string[] = [];
  for (const s of report.steps) {
    if (s.failures.length === 0) continue;
    lines.push(`    step ${s.index + 1} at ${s.at} — ${s.input}`);
    for (const f of s.failures) {
      lines.push(`      ${f.what}`);
      lines.push(red(`        - expected: ${show(f.expected)}`));
      lines.push(green(`        + actual:   ${show(f.actual)}`));
    }
    if (s.replies.length > 0 || s.suggestions.length > 0) {
      lines.push(dim('      bot said:'));
      for (const r of s.replies) lines.push(dim(`        [${r.kind}] ${r.text.replace(/\n/g, ' ⏎ ')}${r.buttons.length ? `  {${r.buttons.map((b) => b.label).join(' | ')}}` : ''}`));
      for (const r of s.suggestions) lines.push(dim(`        (suggested) [${r.kind}] ${r.text.replace(/\n/g, ' ⏎ ')}`));
    }
    lines.push(dim(`      path: ${s.path.join(' → ') || '(none)'}`));
  }
  return lines.join('\n');
}

/** `flow test FILE...`: runs conversation test files (or the tests beside flow files); exit 1 on any failure. */
export function testCommand(files: string[]): number {
  let passed = 0;
  let failed = 0;
  for (const given of files) {
    const file = given.endsWith('.flow.json') && existsSync(given.replace(/\.flow\.json$/, '.tests.json')) ? given.replace(/\.flow\.json$/, '.tests.json') : given;
    const { tests, flowFile } = loadTests(file);
    const flow = loadFlow(flowFile);
    console.log(bold(`${file}`) + dim(` (flow ${flowFile})`));
    for (const t of tests.tests) {
      const report = runConversationTest(flow, t);
      if (report.passed) {
        passed++;
        console.log(`  ${green('✓')} ${t.name}`);
      } else {
        failed++;
        console.log(`  ${red('✗')} ${t.name}`);
        console.log(formatFailure(report));
      }
    }
  }
  console.log(`\n${passed} passed, ${failed} failed`);
  return failed > 0 ? 1 : 0;
}
