'use client';
/** The designer page: toolbar, palette, canvas (or JSON), and the inspector / problems panel. */
import { ReactFlowProvider } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useQuery } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useCallback, useMemo, useRef, useState } from 'react';
import type { ConversationTest } from '../../flows/conversation-test';
import type { FlowDocument } from '../../flows/document';
import { useTRPC } from '../trpc/client';
import { cn } from '../ui/cn';
import { Tabs, TabsContent, TabsList, TabsTrigger } from '../ui/tabs';
import { Canvas } from './canvas';
import { ConflictDialog } from './conflict-dialog';
import { DesignerProvider, useDesigner } from './context';
import { Inspector } from './inspector';
import { JsonTab } from './json-tab';
import { Palette } from './palette';
import { PreviewPanel } from './preview/preview-panel';
import { usePreview } from './preview/use-preview';
import { ProblemsPanel } from './problems-panel';
import { PublishDialog } from './publish-dialog';
import { createDesignerStore } from './store';
import { TestsPanel } from './tests/tests-panel';
import { useTestRuns } from './tests/use-test-runs';
import { Toolbar } from './toolbar';
import { useAutosave } from './use-autosave';
import { useShortcuts } from './use-shortcuts';

/** Four tabs share the side panel's width. */
const ASIDE_TAB = 'gap-1 px-2 text-[13px]';

export interface DesignerProps {
  shopId: string;
  flowId: string;
  document: FlowDocument;
  tests: ConversationTest[];
  revision: number;
  readOnly: boolean;
  /** Set when showing a published version. */
  version: number | null;
}

export function Designer(props: DesignerProps) {
  const [store] = useState(() => createDesignerStore({ shopId: props.shopId, flowId: props.flowId, doc: props.document, tests: props.tests, revision: props.revision, readOnly: props.readOnly }));
  return (
    <DesignerProvider store={store}>
      <ReactFlowProvider>
        <DesignerLayout version={props.version} />
      </ReactFlowProvider>
    </DesignerProvider>
  );
}

function DesignerLayout({ version }: { version: number | null }) {
  const t = useTranslations('designer');
  const tp = useTranslations('preview');
  const tt = useTranslations('tests');
  const { saveNow } = useAutosave();
  const findRef = useRef<HTMLInputElement>(null);
  const [publishing, setPublishing] = useState(false);
  const [view, setView] = useState('canvas');
  const [panel, setPanel] = useState('inspector');
  const problems = useDesigner((s) => s.problems.length);
  const tests = useDesigner((s) => s.tests);
  const shopId = useDesigner((s) => s.shopId);
  const scheduleZone = useDesigner((s) => s.doc.schedules[0]?.timezone);
  const trpc = useTRPC();
  const shop = useQuery(trpc.shops.get.queryOptions({ shopId }));
  const timezone = shop.data?.timezone ?? scheduleZone ?? 'UTC';
  const preview = usePreview(version);
  const runs = useTestRuns();
  const [focusTest, setFocusTest] = useState<string | null>(null);
  const failing = tests.filter((x) => runs.runs[x.id] && !runs.runs[x.id]?.report.passed).length;
  const { replay } = preview;
  const openInPreview = useCallback(
    (test: ConversationTest, step: number) => {
      setPanel('preview');
      void replay(test, step);
    },
    [replay],
  );
  const actions = useMemo(() => ({ find: () => findRef.current?.focus(), save: () => void saveNow() }), [saveNow]);
  useShortcuts(actions);

  return (
    // The viewport below the app header (h-14 and its 1px border), positioned and clipped: nothing
    // inside (not even a screen-reader-only label far down the inspector) can make the page taller,
    // so typing in the inspector scrolls the inspector, never the page, and the toolbar stays in view.
    <div className="relative flex h-[calc(100vh-3.5rem-1px)] flex-col overflow-hidden bg-slate-50">
      <Toolbar onPublish={() => setPublishing(true)} findRef={findRef} version={version} />
      <div className="flex min-h-0 flex-1">
        <Palette />
        <Tabs value={view} onValueChange={setView} className="flex min-w-0 flex-1 flex-col">
          <TabsList className="mx-2 mt-2 self-start">
            <TabsTrigger value="canvas">{t('tabs.canvas')}</TabsTrigger>
            <TabsTrigger value="json" data-testid="json-tab">
              {t('tabs.json')}
            </TabsTrigger>
          </TabsList>
          <TabsContent value="canvas" className="min-h-0 flex-1" forceMount hidden={view !== 'canvas'}>
            <Canvas />
          </TabsContent>
          <TabsContent value="json" className="min-h-0 flex-1">
            {view === 'json' ? <JsonTab /> : null}
          </TabsContent>
        </Tabs>
        <aside className={cn('flex shrink-0 flex-col border-l border-slate-200 bg-white', panel === 'preview' || panel === 'tests' ? 'w-[28rem]' : 'w-96')}>
          <Tabs value={panel} onValueChange={setPanel} className="flex min-h-0 flex-1 flex-col">
            <TabsList className="mx-2 mt-2 gap-0 self-stretch">
              <TabsTrigger value="inspector" className={ASIDE_TAB} data-testid="inspector-tab">
                {t('tabs.inspector')}
              </TabsTrigger>
              <TabsTrigger value="problems" className={ASIDE_TAB} data-testid="problems-tab">
                {t('tabs.problems', { count: problems })}
              </TabsTrigger>
              <TabsTrigger value="preview" className={ASIDE_TAB} data-testid="preview-tab">
                {tp('tab')}
              </TabsTrigger>
              <TabsTrigger value="tests" className={ASIDE_TAB} data-testid="tests-tab">
                {tt('tab', { count: tests.length })}
                {failing > 0 ? (
                  <span className="ml-1 rounded-full bg-red-100 px-1.5 text-[10px] font-semibold text-red-700" data-testid="tests-failing">
                    {failing}
                  </span>
                ) : null}
              </TabsTrigger>
            </TabsList>
            <TabsContent value="inspector" className="relative min-h-0 flex-1 overflow-y-auto">
              <Inspector />
            </TabsContent>
            <TabsContent value="problems" className="relative min-h-0 flex-1 overflow-y-auto">
              <ProblemsPanel onOpen={() => setPanel('inspector')} />
            </TabsContent>
            {/* Kept mounted: the conversation survives a look at the step settings. */}
            <TabsContent value="preview" className="min-h-0 flex-1 pt-0" forceMount hidden={panel !== 'preview'}>
              <PreviewPanel
                preview={preview}
                version={version}
                timezone={timezone}
                shopName={shop.data?.name ?? shopId}
                onTestSaved={(id) => {
                  setFocusTest(id);
                  setPanel('tests');
                  runs.run([id]);
                }}
              />
            </TabsContent>
            <TabsContent value="tests" className="min-h-0 flex-1 pt-0">
              <TestsPanel runs={runs} timezone={timezone} onOpen={openInPreview} focus={focusTest} />
            </TabsContent>
          </Tabs>
        </aside>
      </div>
      <PublishDialog
        open={publishing}
        onOpenChange={setPublishing}
        beforePublish={saveNow}
        onShowTests={() => {
          runs.run();
          setPanel('tests');
        }}
      />
      <ConflictDialog />
    </div>
  );
}
