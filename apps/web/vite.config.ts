import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The web app is built into dist/apps/web, which the API serves. In development
// (`npm run dev:web`) Vite serves it and passes /api on to the API of `npm start`.
const root = fileURLToPath(new URL('.', import.meta.url));
const apiPort = process.env['API_PORT'] || '3000';

export default defineConfig({
  root,
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../../dist/apps/web', import.meta.url)),
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 2000,
    rollupOptions: {
      onwarn(warning, warn) {
        // zod's sources carry /*#__PURE__*/ notes Rollup cannot place; harmless, and not ours.
        if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('/node_modules/zod/'))
          return;
        warn(warning);
      },
    },
  },
  server: {
    port: 4200,
    proxy: { '/api': `http://127.0.0.1:${apiPort}` },
  },
});
