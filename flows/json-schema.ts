import { z } from 'zod';
import { FlowDocumentSchema } from './document';

/**
 * The flow document's JSON schema (for the JSON editor's validation and completion). Objects are
 * closed (`additionalProperties: false`) as the app's own parse is: a misspelt field is flagged
 * where it is typed, not dropped when the flow is saved.
 */
export function flowDocumentJsonSchema(): Record<string, unknown> {
  return closeObjects(z.toJSONSchema(FlowDocumentSchema, { io: 'input', unrepresentable: 'any' })) as Record<string, unknown>;
}

function closeObjects(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(closeObjects);
  if (node === null || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) out[key] = closeObjects(value);
  if (out.type === 'object' && out.properties !== undefined && out.additionalProperties === undefined) out.additionalProperties = false;
  return out;
}
