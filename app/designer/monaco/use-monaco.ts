'use client';
import { useEffect, useState } from 'react';
import { loadMonaco, type MonacoApi } from './load';

export type MonacoLoad = { status: 'loading' } | { status: 'ready'; monaco: MonacoApi } | { status: 'failed'; message: string };

/** Monaco once it has loaded (from the installed package); `retry` after a failed download. */
export function useMonaco(): { load: MonacoLoad; retry(): void } {
  const [load, setLoad] = useState<MonacoLoad>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    loadMonaco().then(
      (monaco) => live && setLoad({ status: 'ready', monaco }),
      (e: unknown) => live && setLoad({ status: 'failed', message: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      live = false;
    };
  }, [attempt]);
  return {
    load,
    retry() {
      setLoad({ status: 'loading' });
      setAttempt((a) => a + 1);
    },
  };
}
