import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { ConversationTestFileSchema, type ConversationTestFile } from '../conversation-test';
import type { FlowDocument } from '../document';
import { formatSchemaIssues, parseFlowDocument, type SchemaIssue } from '../migrations';
import { OrderSchema, type Order } from '../order';
import { z } from 'zod';
import { parseStrict } from '../unknown-fields';

export class LoadError extends Error {}

function readJson(file: string): unknown {
  if (!existsSync(file)) throw new LoadError(`${file}: no such file`);
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new LoadError(`${file}: not valid JSON (${(e as Error).message})`);
  }
}

/** Reads, migrates and checks a flow document file; a bad file throws a LoadError naming each field. */
export function loadFlow(file: string): FlowDocument {
  const parsed = parseFlowDocument(readJson(file));
  if (!parsed.ok) throw new LoadError(`${file}: not a valid flow document\n${indent(formatSchemaIssues(parsed.issues))}`);
  return parsed.document;
}

export function schemaIssuesOf(file: string): { issues: SchemaIssue[]; document: FlowDocument | null } {
  const parsed = parseFlowDocument(readJson(file));
  return parsed.ok ? { issues: [], document: parsed.document } : { issues: parsed.issues, document: null };
}

/** Said of a field the format does not have: a misspelt expectation ("expects") would make a test that checks nothing and always passes. */
const UNKNOWN = 'unknown field (check its spelling)';

export function loadTests(file: string): { tests: ConversationTestFile; flowFile: string } {
  const parsed = parseStrict(ConversationTestFileSchema, readJson(file), UNKNOWN);
  if (!parsed.ok) throw new LoadError(`${file}: not a valid conversation test file\n${indent(formatSchemaIssues(parsed.issues))}`);
  const flowFile = parsed.data.flow ? resolve(dirname(file), parsed.data.flow) : file.replace(/\.tests\.json$/, '.flow.json');
  return { tests: parsed.data, flowFile };
}

export function loadOrders(file: string): Order[] {
  const parsed = parseStrict(z.array(OrderSchema), readJson(file), UNKNOWN);
  if (!parsed.ok) throw new LoadError(`${file}: not a list of orders\n${indent(formatSchemaIssues(parsed.issues))}`);
  return parsed.data;
}

export function indent(text: string, by = '  '): string {
  return text
    .split('\n')
    .map((l) => by + l)
    .join('\n');
}
