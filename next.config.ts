import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./app/i18n/request.ts');

const config: NextConfig = {
  // Native module: loaded by Node at run time, never bundled.
  serverExternalPackages: ['better-sqlite3'],
  allowedDevOrigins: ['127.0.0.1'],
  poweredByHeader: false,
  reactStrictMode: true,
  // `npm test` type-checks the whole project with tsc first; the build need not do it twice.
  typescript: { ignoreBuildErrors: true },
};

export default withNextIntl(config);
