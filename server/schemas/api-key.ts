/** Per-shop API keys: the shape the settings form and the API share. */
import { z } from 'zod';

export const ApiKeyScopeSchema = z.enum(['reply', 'admin']);
export type ApiKeyScope = z.infer<typeof ApiKeyScopeSchema>;
export const CreateApiKeySchema = z.object({ name: z.string().trim().min(1, 'name the key (e.g. "chat channel")').max(100), scope: ApiKeyScopeSchema.default('reply') });
