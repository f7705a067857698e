'use client';
/**
 * Saves the draft shortly after each edit, with the revision it is based on. When someone saved
 * first the server answers CONFLICT and the store shows the choice; nothing is overwritten.
 */
import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTRPC } from '../trpc/client';
import { useDesignerStore } from './context';
import type { Conflict } from './store';

const DELAY_MS = 800;

export function useAutosave(): { saveNow(): Promise<void> } {
  const store = useDesignerStore();
  const trpc = useTRPC();
  const save = useMutation(trpc.flows.saveDraft.mutationOptions());
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const inFlight = useRef<Promise<void> | null>(null);

  const saveNow = async () => {
    if (inFlight.current) await inFlight.current;
    const s = store.getState();
    if (s.readOnly || s.saveStatus === 'conflict' || s.saveStatus === 'saved') return;
    const doc = s.doc;
    const tests = s.tests;
    s.markSaving();
    inFlight.current = save
      .mutateAsync({ shopId: s.shopId, flowId: s.flowId, baseRevision: s.revision, document: doc, tests })
      .then((r) => store.getState().markSaved(r.revision, doc))
      .catch((e: { data?: { code?: string; details?: unknown }; message?: string }) => {
        if (e.data?.code === 'CONFLICT') store.getState().markConflict(e.data.details as Conflict);
        else store.getState().markError(e.message ?? 'save failed');
      })
      .finally(() => (inFlight.current = null));
    await inFlight.current;
  };

  useEffect(
    () =>
      store.subscribe((s, prev) => {
        if (s.doc === prev.doc && s.tests === prev.tests) return;
        if (s.saveStatus !== 'dirty') return;
        if (timer.current) clearTimeout(timer.current);
        timer.current = setTimeout(() => void saveNow(), DELAY_MS);
      }),
    // saveNow reads everything from the store when it runs.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [store],
  );

  useEffect(() => {
    const warn = (e: BeforeUnloadEvent) => {
      const status = store.getState().saveStatus;
      if (status === 'dirty' || status === 'saving') e.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [store]);

  return { saveNow };
}
