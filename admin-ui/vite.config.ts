import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Served by the api under /admin; the build lands in the api's static files (git-ignored).
export default defineConfig({
  base: '/admin/',
  plugins: [react()],
  build: {
    outDir: '../api/wwwroot/admin',
    emptyOutDir: true,
    // Hashed file names only under assets/: the api caches that folder for a year and index.html never.
    assetsDir: 'assets',
    chunkSizeWarningLimit: 1200,
  },
});
