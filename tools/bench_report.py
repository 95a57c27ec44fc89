#!/usr/bin/env python3
"""Joins the JMH results (engine vs EJML) with NumPy's timings into one table of ratios.
Usage: bench_report.py JMH_JSON NUMPY_TXT"""
import json
import sys

FLOPS = {"matmul": lambda n: 2.0 * n ** 3}


def main(jmh_path, numpy_path):
    numpy = {}
    for line in open(numpy_path):
        name, ms = line.split()
        numpy[name] = float(ms)
    rows = {}
    for r in json.load(open(jmh_path)):
        cls, method = r["benchmark"].rsplit(".", 2)[-2:]
        params = r.get("params", {})
        if "op" in params:  # LinalgBench: one parameter naming the operation, as bench_numpy.py does
            key = params["op"]
        else:
            key = cls.replace("Bench", "").lower() + ("_" + "_".join(params.values()) if params else "")
        unit = r["primaryMetric"]["scoreUnit"]
        ms = r["primaryMetric"]["score"] * {"ms/op": 1, "us/op": 1e-3, "s/op": 1e3}[unit]
        rows.setdefault(key, {})[method] = ms
    print(f"{'operation':<16}{'engine ms':>11}{'EJML ms':>10}{'NumPy ms':>10}{'engine/EJML speed':>19}"
          f"{'engine/NumPy':>14}{'engine GFLOP/s':>16}")
    for key, v in sorted(rows.items()):
        e, j, n = v.get("engine"), v.get("ejml"), numpy.get(key)
        speed = f"{j / e:.2f}x" if e and j else "-"
        vs_numpy = f"{e / n:.1f}x" if e and n else "-"
        kind, _, size = key.partition("_")
        gf = f"{FLOPS[kind](int(size)) / (e / 1000) / 1e9:.1f}" if kind in FLOPS and e and size.isdigit() else "-"
        fmt = lambda x: f"{x:.2f}" if x is not None else "-"
        print(f"{key:<16}{fmt(e):>11}{fmt(j):>10}{fmt(n):>10}{speed:>19}{vs_numpy:>14}{gf:>16}")


if __name__ == "__main__":
    main(*sys.argv[1:])
