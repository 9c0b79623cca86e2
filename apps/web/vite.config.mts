/// <reference types='vitest' />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import tsconfigPaths from 'vite-tsconfig-paths';

export default defineConfig(() => ({
  root: import.meta.dirname,
  cacheDir: '../../node_modules/.vite/apps/web',
  server: {
    port: 4200,
    host: 'localhost',
    // In development the API runs on its own port; in production it serves this app.
    proxy: { '/api': 'http://localhost:3000' },
  },
  preview: { port: 4300, host: 'localhost' },
  plugins: [react(), tsconfigPaths({ root: '../../' })],
  build: {
    outDir: '../../dist/apps/web',
    emptyOutDir: true,
    reportCompressedSize: true,
    target: 'es2020',
    // Everything the first page needs in one chunk: left to itself, the chunker splits it by which lazy
    // pages share each module, and every entrant then downloads several chunks that compress worse.
    rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'app', tags: ['$initial' as const] }] } } },
  },
  test: {
    name: 'web',
    watch: false,
    globals: true,
    environment: 'jsdom',
    include: ['src/**/*.{test,spec}.{ts,tsx}'],
    reporters: ['default'],
    coverage: { reportsDirectory: '../../coverage/apps/web', provider: 'v8' as const },
  },
}));
