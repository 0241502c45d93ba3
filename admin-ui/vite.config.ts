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
    // GraphiQL's editor (Monaco) is one large chunk, loaded only on its page.
    chunkSizeWarningLimit: 3000,
    rolldownOptions: {
      // Two pages: the admin page, and GraphiQL, which runs under a policy of its own (Hosting/AdminUiSetup.cs).
      input: { main: 'index.html', graphiql: 'graphiql.html' },
      // React Compiler's runtime marks modules "use no memo", which a bundle cannot keep and need not.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
});
