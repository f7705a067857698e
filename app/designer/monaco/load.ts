'use client';
/**
 * Monaco, loaded from the installed `monaco-editor` package (never from a CDN), once per page.
 * Its workers are bundled from the same package; JSON models named `*.flow.json` are
 * validated against the flow document's JSON schema, which also drives completion and hovers.
 */
import type * as Monaco from 'monaco-editor';
import { flowDocumentJsonSchema } from '../../../flows/json-schema';

export type MonacoApi = typeof Monaco;

/** Models whose URI ends with this are flow documents (the JSON tab and the compare page). */
const FLOW_MODEL_SUFFIX = '.flow.json';
const SCHEMA_URI = 'replyflow://schemas/flow-document.json';

let loading: Promise<MonacoApi> | null = null;

export function loadMonaco(): Promise<MonacoApi> {
  loading ??= load().catch((e: unknown) => {
    // A failed chunk download can be retried by opening the tab again.
    loading = null;
    throw e;
  });
  return loading;
}

async function load(): Promise<MonacoApi> {
  self.MonacoEnvironment = {
    getWorker(_workerId: string, label: string) {
      if (label === 'json') return new Worker(new URL('monaco-editor/language/json/json.worker', import.meta.url), { type: 'module', name: 'json' });
      return new Worker(new URL('monaco-editor/editor/editor.worker', import.meta.url), { type: 'module', name: 'editor' });
    },
  };
  const monaco = await import('monaco-editor');
  monaco.json.jsonDefaults.setDiagnosticsOptions({
    validate: true,
    allowComments: false,
    trailingCommas: 'error',
    comments: 'error',
    enableSchemaRequest: false,
    schemaValidation: 'error',
    schemas: [{ uri: SCHEMA_URI, fileMatch: [`*${FLOW_MODEL_SUFFIX}`], schema: flowDocumentJsonSchema() }],
  });
  return monaco;
}

/** The URI of a flow document's model, e.g. `replyflow://flows/us-tiktok/customer-service/draft.flow.json`. */
export function flowModelUri(monaco: MonacoApi, ...parts: string[]): Monaco.Uri {
  return monaco.Uri.parse(`replyflow://flows/${parts.map(encodeURIComponent).join('/')}${FLOW_MODEL_SUFFIX}`);
}
