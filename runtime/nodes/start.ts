import type { NodeHandler } from './handler';

export const start: NodeHandler<'start'> = {
  enter: () => ({ go: 'next' }),
};
