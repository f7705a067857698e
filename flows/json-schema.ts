import { z } from 'zod';
import { FlowDocumentSchema } from './document';

/** The flow document's JSON schema (for the JSON editor's validation and completion). */
export function flowDocumentJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(FlowDocumentSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
}
