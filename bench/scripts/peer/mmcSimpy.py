"""M/M/c in SimPy 3, written in SimPy's documented process style; the peer of simulator/examples/mmc.ts.

Prints one JSON line per replication: {"seconds" (CPU), "wallSeconds", "customers", "meanWait"}. Same semantics as runMmc:
waits are recorded when service starts, counted from the end of warm-up; the run stops at the horizon.
Usage: mmcSimpy.py SEED ARRIVAL_RATE SERVICE_RATE SERVERS HORIZON WARMUP REPS
"""
import json
import random
import sys
import time

import simpy


def run_mmc(seed, arrival_rate, service_rate, servers, horizon, warmup):
    env = simpy.Environment()
    arrivals = random.Random(seed)
    service = random.Random(seed + 7919)
    pool = simpy.Resource(env, capacity=servers)
    waits = {"n": 0, "sum": 0.0}

    def customer(env):
        arrived = env.now
        with pool.request() as request:
            yield request
            if env.now >= warmup:
                waits["n"] += 1
                waits["sum"] += env.now - arrived
            yield env.timeout(service.expovariate(service_rate))

    def source(env):
        while True:
            yield env.timeout(arrivals.expovariate(arrival_rate))
            env.process(customer(env))

    env.process(source(env))
    env.run(until=horizon)
    return waits["n"], waits["sum"] / waits["n"]


def main(argv):
    seed, arrival_rate, service_rate, servers, horizon, warmup, reps = argv
    for rep in range(int(reps)):
        wall = time.perf_counter()
        cpu = time.process_time()
        customers, mean_wait = run_mmc(
            int(seed) + rep, float(arrival_rate), float(service_rate), int(servers), float(horizon), float(warmup)
        )
        line = {
            "seconds": time.process_time() - cpu,
            "wallSeconds": time.perf_counter() - wall,
            "customers": customers,
            "meanWait": mean_wait,
        }
        print(json.dumps(line), flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
