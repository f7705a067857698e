import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { ConversationTestFileSchema, type ConversationTestFile } from '../conversation-test';
import type { FlowDocument } from '../document';
import { formatSchemaIssues, parseFlowDocument, type SchemaIssue } from '../migrations';
import { OrderSchema, type Order } from '../order';
import { z } from 'zod';
import { unknownFields } from '../unknown-fields';

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

export function loadTests(file: string): { tests: ConversationTestFile; flowFile: string } {
  const raw = readJson(file);
  const parsed = ConversationTestFileSchema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({ path: i.path.map((p) => (typeof p === 'symbol' ? String(p) : p)), message: i.message }));
    throw new LoadError(`${file}: not a valid conversation test file\n${indent(formatSchemaIssues(issues))}`);
  }
  // A misspelt expectation ("expects") would make a test that checks nothing and always passes.
  const unknown = unknownFields(raw, parsed.data);
  if (unknown.length > 0) throw new LoadError(`${file}: not a valid conversation test file\n${indent(formatSchemaIssues(unknown.map((path) => ({ path, message: 'unknown field (check its spelling)' }))))}`);
  const flowFile = parsed.data.flow ? resolve(dirname(file), parsed.data.flow) : file.replace(/\.tests\.json$/, '.flow.json');
  return { tests: parsed.data, flowFile };
}

export function loadOrders(file: string): Order[] {
  const raw = readJson(file);
  const parsed = z.array(OrderSchema).safeParse(raw);
  if (!parsed.success) throw new LoadError(`${file}: not a list of orders\n${indent(formatSchemaIssues(parsed.error.issues.map((i) => ({ path: i.path.map((p) => (typeof p === 'symbol' ? String(p) : p)), message: i.message }))))}`);
  const unknown = unknownFields(raw, parsed.data);
  if (unknown.length > 0) throw new LoadError(`${file}: not a list of orders\n${indent(formatSchemaIssues(unknown.map((path) => ({ path, message: 'unknown field (check its spelling)' }))))}`);
  return parsed.data;
}

export function indent(text: string, by = '  '): string {
  return text
    .split('\n')
    .map((l) => by + l)
    .join('\n');
}
