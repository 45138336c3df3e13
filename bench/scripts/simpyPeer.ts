/**
 * Peer benchmark: the same M/M/c model in SimPy 3 (Debian's python3-simpy3, installed here when missing) and in
 * sagsflow (the README example), run in one benchmark, interleaved round by round. Cold = the first replication
 * in a fresh process (sagsflow's includes V8 warming up its JIT); warm = the median of the later replications in
 * one process. Time is the CPU time of the simulation itself, so load from other work on the machine inflates
 * both sides alike; start-up (interpreter, imports) is excluded on both. Both sides' mean waits must agree with
 * Erlang C, or the comparison is void and the benchmark fails.
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { erlangCWait, studentTQuantile, summarize } from "@sagsflow/simulator";

const model = {
  seed: 1,
  arrivalRate: 8,
  serviceRate: 1,
  servers: 10,
  horizon: Number(process.env.SAGSFLOW_PEER_HORIZON ?? 50_000),
  warmup: 1_000,
};
const rounds = Number(process.env.SAGSFLOW_PEER_ROUNDS ?? 3);
const warmReps = 4;
const python = "/usr/bin/python3";
const here = fileURLToPath(new URL(".", import.meta.url));

interface Rep {
  readonly seconds: number;
  readonly wallSeconds: number;
  readonly customers: number;
  readonly meanWait: number;
}

function ensureSimpy(): void {
  const probe = () => spawnSync(python, ["-c", "import simpy"], { stdio: "ignore" }).status === 0;
  if (probe()) return;
  console.log("SimPy 3 missing: apt-get install -y python3-simpy3");
  const install = () =>
    spawnSync("apt-get", ["install", "-y", "python3-simpy3"], { stdio: "inherit" }).status === 0;
  if (!install()) {
    spawnSync("apt-get", ["update"], { stdio: "inherit" });
    install();
  }
  if (!probe())
    throw new Error(`SimPy not importable by ${python} after installing python3-simpy3`);
}

function runSide(side: "simpy" | "sagsflow", seed: number, reps: number): Array<Rep> {
  const args = [model.arrivalRate, model.serviceRate, model.servers, model.horizon, model.warmup];
  const [command, prefix] =
    side === "simpy"
      ? [python, [`${here}peer/mmcSimpy.py`]]
      : [process.execPath, ["--import", "tsx", `${here}peer/mmcSagsflow.ts`]];
  const run = spawnSync(command, [...prefix, seed, ...args, reps].map(String), {
    cwd: here,
    encoding: "utf8",
  });
  if (run.status !== 0) throw new Error(`${side} run failed (${run.status}): ${run.stderr}`);
  return run.stdout
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line) as Rep);
}

const median = (xs: ReadonlyArray<number>): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1
    ? (s[mid] as number)
    : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};
const perCustomer = (r: Rep) => r.seconds / r.customers;
const wallPerCustomer = (r: Rep) => r.wallSeconds / r.customers;

ensureSimpy();
const cold: Array<number> = [];
const warm: Array<number> = [];
const coldWall: Array<number> = [];
const all = { simpy: [] as Array<Rep>, sagsflow: [] as Array<Rep> };
const sides = ["simpy", "sagsflow"] as const;
for (let round = 0; round < rounds; round++) {
  const order = round % 2 === 0 ? sides : ([...sides].reverse() as Array<(typeof sides)[number]>);
  const coldRuns = { simpy: [] as Array<Rep>, sagsflow: [] as Array<Rep> };
  const warmRuns = { simpy: [] as Array<Rep>, sagsflow: [] as Array<Rep> };
  for (const side of order) coldRuns[side] = runSide(side, 100 + round, 1);
  for (const side of order) warmRuns[side] = runSide(side, 200 + 10 * round, warmReps);
  const first = (side: (typeof sides)[number]) => coldRuns[side][0] as Rep;
  cold.push(perCustomer(first("simpy")) / perCustomer(first("sagsflow")));
  coldWall.push(wallPerCustomer(first("simpy")) / wallPerCustomer(first("sagsflow")));
  const warmTime = (side: (typeof sides)[number]) =>
    median(warmRuns[side].slice(1).map(perCustomer));
  warm.push(warmTime("simpy") / warmTime("sagsflow"));
  for (const side of sides) all[side].push(...coldRuns[side], ...warmRuns[side]);
  console.log(
    `round ${round + 1}: cold ${cold[round]?.toFixed(1)}x, warm ${warm[round]?.toFixed(1)}x (SimPy ${(1 / warmTime("simpy")).toFixed(0)} customers/s, sagsflow ${(1 / warmTime("sagsflow")).toFixed(0)})`,
  );
}

const line = (name: string, value: number, unit: string, target: number): void =>
  console.log(
    `BENCH ${name} ${value.toFixed(2)} ${unit} target ${target} ratio ${(value / target).toFixed(2)}`,
  );
line("simulator.peer.simpy.ratio.cold", median(cold), "x", 20);
line("simulator.peer.simpy.ratio.warm", median(warm), "x", 40);
console.log(
  `info: cold ratio by wall time ${median(coldWall).toFixed(2)}x (busy machine: noisier)`,
);

// Same model check: Erlang C inside each side's 99.9 % t interval over its replications' mean waits.
const expected = erlangCWait(model.arrivalRate, model.serviceRate, model.servers);
let agree = true;
for (const side of sides) {
  const waits = summarize(all[side].map((r) => r.meanWait));
  const mean = waits.mean as number;
  const half = (studentTQuantile(0.9995, waits.n - 1) * (waits.sd as number)) / Math.sqrt(waits.n);
  agree &&= Math.abs(mean - expected) <= half;
  console.log(
    `BENCH simulator.peer.${side}.meanWait ${mean.toFixed(4)} time-units target ${expected.toFixed(4)} ratio ${(mean / expected).toFixed(3)} (Erlang C; ${waits.n} replications, 99.9 % CI ± ${half.toFixed(4)})`,
  );
}
if (!agree) {
  console.error(
    "Erlang C lies outside a side's 99.9 % CI of the mean wait: the two models are not the same",
  );
  process.exit(1);
}
