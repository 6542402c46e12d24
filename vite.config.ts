import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The SPA lives in admin/ and is served by the API server from dist/ (one port, see server/http/static.ts).
export default defineConfig({
  root: 'admin',
  // EVIDENCE_IMAGE_HOSTS: the hosts whose evidence images staff browsers may load (admin/cases/evidence/evidenceHosts.ts).
  envPrefix: ['VITE_', 'EVIDENCE_IMAGE_HOSTS'],
  plugins: [react()],
  build: {
    outDir: '../dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
  },
  server: {
    port: 5173,
    proxy: {
      '/api': `http://127.0.0.1:${process.env.API_PORT ?? 3000}`,
      '/public': `http://127.0.0.1:${process.env.API_PORT ?? 3000}`,
    },
  },
});
