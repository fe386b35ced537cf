// The console's build: a static single-page app under /admin, written to dist/ (served by the api role).
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  root: import.meta.dirname,
  base: '/admin/',
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true, chunkSizeWarningLimit: 700 },
  // `npm run dev -w @freeface/console`: the app with hot reload, the API of `npm start` behind it
  server: { proxy: { '/api': 'http://127.0.0.1:8080' } },
});
