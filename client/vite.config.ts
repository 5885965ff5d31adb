/**
 * Vite (dev server, build) and Vitest configuration for the PLG Board client.
 * In development `/api` and `/ws` are proxied to the server on :8080.
 */
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const server = process.env.PLG_SERVER ?? 'http://localhost:8080';

export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    proxy: {
      '/api': { target: server, changeOrigin: false },
      '/ws': { target: server, ws: true, changeOrigin: false },
    },
  },
  preview: {
    port: 4173,
    proxy: {
      '/api': { target: server },
      '/ws': { target: server, ws: true },
    },
  },
  build: {
    sourcemap: true,
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      // @plg/shared is a barrel of side-effect-free modules (schemas, ops, templates): without this,
      // importing a constant on the home page would pull every module, zod and Yjs into its first load.
      treeshake: { moduleSideEffects: [{ test: /[\\/]shared[\\/]src[\\/]/, sideEffects: false }] },
    },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test/setup.ts'],
    restoreMocks: true,
  },
});
