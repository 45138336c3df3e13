// The demo comparison of `npm start`: when the store holds no finished comparison, one is started through the
// API (stored like any run); the newest finished one gets its chart data computed once, so the first view is quick.
const DEMO = { baseline: "baseline", variants: ["early-cv", "vs-foer-raskmelding"], seed: 1 };

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const client = (origin, env) => {
  const headers = { "content-type": "application/json", accept: "application/json" };
  if (env.SAGSFLOW_TOKEN) headers.authorization = `Bearer ${env.SAGSFLOW_TOKEN}`;
  return async (path, init = {}) => {
    const res = await fetch(`${origin}${path}`, { ...init, headers });
    if (!res.ok) throw new Error(`${res.status} ${path}`);
    return res.json();
  };
};

/** Waits for a run to end, then asks for its chart data (computed and cached by the server). */
const warm = async (api, id) => {
  for (;;) {
    const run = await api(`/api/comparisons/${id}`);
    if (run.status === "completed") break;
    if (run.status !== "running" && run.status !== "queued") return;
    await sleep(1000);
  }
  await api(`/api/comparisons/${id}/charts`);
};

/** Resolves with the one status line `npm start` prints. */
export const ensureDemoComparison = async (origin, env) => {
  if (env.SAGSFLOW_DEMO_COMPARISON === "0")
    return "klar (ingen demo-sammenligning: SAGSFLOW_DEMO_COMPARISON=0)";
  const api = client(origin, env);
  const runs = (await api("/api/comparisons"))
    .filter((r) => r.kind === "comparison")
    .sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1));
  const done = runs.find((r) => r.status === "completed");
  const going = runs.find((r) => r.status === "running" || r.status === "queued");
  if (done !== undefined) {
    void warm(api, done.id).catch(() => undefined);
    return `klar: forsiden viser den seneste sammenligning (${runs.length} gemt)`;
  }
  const replications = Number(env.SAGSFLOW_DEMO_REPLICATIONS || 10);
  const id =
    going?.id ??
    (
      await api("/api/comparisons", {
        method: "POST",
        body: JSON.stringify({ ...DEMO, replications }),
      })
    ).id;
  void warm(api, id).catch(() => undefined);
  return `første start: demo-sammenligningen (basis, tidligt CV, virksomhedsservice før raskmelding; ${replications} replikationer) beregnes én gang, forsiden viser fremdriften`;
};
