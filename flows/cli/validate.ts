import { formatPath } from '../migrations';
import { validateFlow, hasErrors } from '../validation';
import { bold, dim, green, red, yellow } from './colors';
import { LoadError, schemaIssuesOf } from './load';

/** `flow validate FILE...`: schema issues and coded problems; exit 1 when any file has errors, 2 when one cannot be read (every file is checked either way). */
export function validateCommand(files: string[], lang: 'en' | 'zh'): number {
  let failed = false;
  let unreadable = false;
  for (const file of files) {
    let checked: ReturnType<typeof schemaIssuesOf>;
    try {
      checked = schemaIssuesOf(file);
    } catch (e) {
      if (!(e instanceof LoadError)) throw e;
      unreadable = true;
      console.log(`${red('✗')} ${e.message}`);
      continue;
    }
    const { issues, document } = checked;
    if (!document) {
      failed = true;
      console.log(`${red('✗')} ${bold(file)}: ${issues.length} schema error(s)`);
      for (const i of issues) console.log(`  ${red('error')}  ${formatPath(i.path)}: ${i.message}`);
      continue;
    }
    const problems = validateFlow(document);
    const errors = problems.filter((p) => p.severity === 'error').length;
    const warnings = problems.length - errors;
    if (hasErrors(problems)) failed = true;
    const mark = errors > 0 ? red('✗') : green('✓');
    console.log(`${mark} ${bold(file)}: ${errors} error(s), ${warnings} warning(s)`);
    for (const p of problems) {
      const sev = p.severity === 'error' ? red('error  ') : yellow('warning');
      console.log(`  ${sev} ${p.code} ${p.message[lang]} ${dim(`${p.nodeId ? `node ${p.nodeId} · ` : ''}${formatPath(p.path)}`)}`);
    }
  }
  return unreadable ? 2 : failed ? 1 : 0;
}
