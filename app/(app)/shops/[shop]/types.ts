import type { inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '../../../../server/api/root';

export type RouterOutputs = inferRouterOutputs<AppRouter>;
export type FlowSummary = RouterOutputs['flows']['list'][number];
export type TemplateChoice = RouterOutputs['flows']['templates'][number];
export interface ShopChoice {
  id: string;
  name: string;
  country: string;
}
