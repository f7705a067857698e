import type { ReactNode } from 'react';
import { AppHeader } from '../shell/app-header';
import { requireActor, serverApi } from '../server-context';

export default async function AppLayout({ children }: { children: ReactNode }) {
  const actor = await requireActor();
  const shops = await (await serverApi()).shops.list();
  return (
    <div className="flex min-h-full flex-col">
      <AppHeader actor={actor} shops={shops.map((s) => ({ id: s.id, name: s.name, country: s.country }))} />
      <main className="flex-1">{children}</main>
    </div>
  );
}
