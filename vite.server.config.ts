import { defineConfig } from 'vite';

// The production server as plain JavaScript, built once (`npm start`, `npm run server`), rather
// than TypeScript compiled on each start by tsx: it starts sooner and holds less memory.
// Packages stay in node_modules; only the project's own code is bundled.
export default defineConfig({
  root: import.meta.dirname,
  publicDir: false,
  logLevel: 'warn',
  build: {
    ssr: 'server/main.ts',
    outDir: 'dist-server',
    emptyOutDir: true,
    target: 'node20',
  },
});
