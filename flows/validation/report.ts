import type { ProblemCode } from './catalogue';

/** Records one problem: code, node, JSON path, and the specific message in English and Chinese. */
export type Report = (code: ProblemCode, nodeId: string | null, path: (string | number)[], en: string, zh: string) => void;
