/** Process entry of `npm start` (scripts/start.mjs runs it with tsx): starts the server and prints its URL. */
import { startServer } from "./startServer";

const dashboardDir = process.argv[2];
try {
  const server = await startServer(process.env, dashboardDir === undefined ? {} : { dashboardDir });
  process.stdout.write(`sagsflow kører på ${server.url}\n`);
  if (process.env.SAGSFLOW_TOKEN)
    process.stdout.write("API'et kræver Authorization: Bearer <SAGSFLOW_TOKEN>\n");
  const stop = () => void server.close().then(() => process.exit(0));
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
} catch (error) {
  process.stderr.write(
    `sagsflow kunne ikke starte: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
}
