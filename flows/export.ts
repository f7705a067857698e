/**
 * A flow as the two files kept in git: `<id>.flow.json` (the document) and `<id>.tests.json`
 * (its conversation tests, pointing at the flow file). The designer's export and
 * `npm run flow -- pull` both write them with this, so the files are byte-identical.
 */
import type { z } from 'zod';
import { ConversationTestSchema, type ConversationTest, type ConversationTestFile } from './conversation-test';
import { FlowDocumentSchema, type FlowDocument } from './document';

export interface ExportedFile {
  /** The file name, without a folder. */
  name: string;
  /** Pretty JSON (2 spaces) with a trailing newline, as editors and git like it. */
  content: string;
}

export interface ExportedFlow {
  flow: ExportedFile;
  tests: ExportedFile;
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/**
 * The value as its schema outputs it: keys in the schema's order, defaults filled. A document
 * edited on the canvas and the same document read back from the database then give the same
 * bytes. A value the schema refuses is kept as it is (an export should not fail).
 */
function canonical<T>(schema: z.ZodType<T>, value: T): T {
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : value;
}

/**
 * The flow and tests files of a flow. The files are named after `flowId` (default: the
 * document's id), and the document's `id` is set to it, so pushing the file back replaces the
 * same flow.
 */
export function exportFiles(doc: FlowDocument, tests: readonly ConversationTest[], flowId: string = doc.id): ExportedFlow {
  const flowName = `${flowId}.flow.json`;
  const testFile: ConversationTestFile = { flow: flowName, tests: tests.map((t) => canonical(ConversationTestSchema, t)) };
  return {
    flow: { name: flowName, content: json(canonical(FlowDocumentSchema, doc.id === flowId ? doc : { ...doc, id: flowId })) },
    tests: { name: `${flowId}.tests.json`, content: json(testFile) },
  };
}
