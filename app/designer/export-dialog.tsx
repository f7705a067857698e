'use client';
/**
 * Export for git: the flow and its conversation tests as the two files `npm run flow -- test`
 * and `push` read, byte for byte what `npm run flow -- pull` writes.
 */
import { Download } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { useMemo } from 'react';
import { exportFiles, type ExportedFile } from '../../flows/export';
import { Button } from '../ui/button';
import { CopyButton } from '../ui/copy-button';
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from '../ui/dialog';
import { useDesigner } from './context';

/** Saves a file through the browser's download, without a round trip to the server. */
function download(file: ExportedFile): void {
  const url = URL.createObjectURL(new Blob([file.content], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Some browsers start reading the blob only after the click has returned.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * The export dialog. `version`: the published version on screen, if any (the pull command then
 * asks for that version instead of the draft).
 */
export function ExportDialog({ open, onOpenChange, version = null }: { open: boolean; onOpenChange(open: boolean): void; version?: number | null }) {
  const t = useTranslations('designer.export');
  const tc = useTranslations('common');
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent data-testid="export-dialog" closeLabel={tc('close')}>
        <DialogHeader>
          <DialogTitle>{t('title')}</DialogTitle>
          <DialogDescription>{t('description')}</DialogDescription>
        </DialogHeader>
        {/* Rendered only while open: the files are built from the document on screen now. */}
        <ExportBody version={version} />
        <DialogFooter>
          <Button variant="secondary" onClick={() => onOpenChange(false)}>
            {tc('close')}
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}

function ExportBody({ version }: { version: number | null }) {
  const t = useTranslations('designer.export');
  const doc = useDesigner((s) => s.doc);
  const tests = useDesigner((s) => s.tests);
  const flowId = useDesigner((s) => s.flowId);
  const shopId = useDesigner((s) => s.shopId);
  const unsaved = useDesigner((s) => !s.readOnly && s.saveStatus !== 'saved');
  const files = useMemo(() => exportFiles(doc, tests, flowId), [doc, tests, flowId]);
  const testCommand = `npm run flow -- test ${files.flow.name}`;
  const pullCommand = `npm run flow -- pull --shop ${shopId} --flow ${flowId}${version === null ? '' : ` --version ${version}`} --url ${window.location.origin}`;

  return (
    <div className="space-y-4 text-sm text-slate-700">
      <ul className="space-y-2">
        <FileRow file={files.flow} testId="export-flow" caption={t('flowFile')} />
        <FileRow file={files.tests} testId="export-tests" caption={t('testsFile', { count: tests.length })} />
      </ul>
      {unsaved ? (
        <p role="note" className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-amber-900">
          {t('unsaved')}
        </p>
      ) : null}
      <section className="space-y-1.5">
        <h3 className="font-medium text-slate-900">{t('runTitle')}</h3>
        <p>{t('runHint')}</p>
        <Command text={testCommand} testId="export-test-command" />
      </section>
      <section className="space-y-1.5">
        <h3 className="font-medium text-slate-900">{t('pullTitle')}</h3>
        <p>{version === null ? t('pullHint') : t('pullVersionHint', { version })}</p>
        <Command text={pullCommand} testId="export-pull-command" />
      </section>
    </div>
  );
}

function FileRow({ file, testId, caption }: { file: ExportedFile; testId: string; caption: string }) {
  return (
    <li className="flex items-center justify-between gap-3 rounded-md border border-slate-200 px-3 py-2">
      <span className="min-w-0 text-slate-600">{caption}</span>
      <Button variant="secondary" size="sm" onClick={() => download(file)} data-testid={testId} className="min-w-0">
        <Download aria-hidden className="h-4 w-4 shrink-0" />
        <span className="truncate font-mono text-xs">{file.name}</span>
      </Button>
    </li>
  );
}

function Command({ text, testId }: { text: string; testId: string }) {
  return (
    <div className="flex items-center gap-2 rounded-md border border-slate-300 bg-slate-50 p-2">
      <code className="min-w-0 flex-1 break-all font-mono text-xs text-slate-900" data-testid={testId}>
        {text}
      </code>
      <CopyButton text={text} />
    </div>
  );
}
