/** Vite build of the dashboard: relative base so `scripts/start.mjs` can serve `dist/` at `/`; no external assets. */
import { defaultClientConditions, defineConfig } from "vite";

export default defineConfig({
  base: "./",
  // The workspace packages' sources (their "development" export), also in a production build: no package build first.
  resolve: {
    conditions: defaultClientConditions.map((c) =>
      c === "development|production" ? "development" : c,
    ),
  },
  build: { outDir: "dist", emptyOutDir: true, target: "es2022", chunkSizeWarningLimit: 2000 },
  worker: { format: "es" },
  server: { proxy: { "/api": `http://localhost:${process.env.SAGSFLOW_API_PORT ?? "3000"}` } },
});
