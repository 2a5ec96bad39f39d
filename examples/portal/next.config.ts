import type { NextConfig } from 'next';

const config: NextConfig = {
  // PGlite loads its WebAssembly Postgres from its own files at run time: keep it out of the bundle.
  serverExternalPackages: ['@electric-sql/pglite'],
};

export default config;
