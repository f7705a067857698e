/** The curated choices of the settings form; their names live in the `settings` messages. */
export const LANGUAGE_CHOICES = ['en', 'zh', 'es', 'ms', 'id', 'th', 'vi', 'fil', 'pt', 'pt-BR', 'fr', 'de', 'it', 'ja', 'ko', 'ar', 'ru', 'tr', 'pl', 'nl'] as const;

export const COUNTRY_CHOICES = ['US', 'GB', 'CN', 'HK', 'TW', 'MY', 'SG', 'TH', 'VN', 'PH', 'ID', 'JP', 'KR', 'ES', 'FR', 'DE', 'IT', 'MX', 'BR', 'CO', 'CL', 'SA', 'AE', 'AU', 'CA'] as const;
