'use client';
/**
 * The last result of each conversation test of the flow, run in the browser by the same pure
 * runner the publish gate and `npm run flow -- test` use, against the draft on screen.
 */
import { useCallback, useState } from 'react';
import type { ConversationTest } from '../../../flows/conversation-test';
import type { FlowDocument } from '../../../flows/document';
import { runConversationTest, type TestReport } from '../../../runtime/testing/run-test';
import { useDesignerStore } from '../context';

export interface TestRun {
  report: TestReport;
  /** The document and test it ran on: a later edit of either makes the result stale. */
  doc: FlowDocument;
  test: ConversationTest;
}

export function useTestRuns() {
  const store = useDesignerStore();
  const [runs, setRuns] = useState<Record<string, TestRun>>({});

  const run = useCallback(
    (ids?: readonly string[]) => {
      const { doc, tests } = store.getState();
      const chosen = ids ? tests.filter((t) => ids.includes(t.id)) : tests;
      const next: Record<string, TestRun> = {};
      for (const test of chosen) next[test.id] = { report: runConversationTest(doc, test), doc, test };
      setRuns((r) => ({ ...(ids ? r : {}), ...next }));
      return chosen.map((t) => next[t.id] as TestRun);
    },
    [store],
  );

  return { runs, run };
}

export type TestRuns = ReturnType<typeof useTestRuns>;
