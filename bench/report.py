"""bench/run's report: the tables and the goals, from hyperfine's JSON files in DATA.
Usage: python3 bench/report.py DATA BYTES CORES "MODE=KB ..." "PEER=KB ..."
"""
import json
import sys


def load(data, name):
    return {r["command"]: r for r in json.load(open(f"{data}/{name}.json"))["results"]}


def only(data, name):
    return next(iter(load(data, name).values()))


def kib(pairs):
    return {k: int(v) / 1024 for k, v in (p.split("=") for p in pairs.split())}


def ms(r):
    return f"median {r['median'] * 1000:.1f} ms (min {r['min'] * 1000:.1f}, max {r['max'] * 1000:.1f})"


def peers_table(title, results, size, peaks):
    print()
    print(title)
    print(f"{'':<12}{'median s':>10}{'MB/s':>9}{'vs pdu-rate':>14}{'CPU s':>8}" + (f"{'peak MiB':>10}" if peaks else ""))
    base = results["pdu-rate"]["median"]
    for name, r in results.items():
        m = r["median"]
        ratio = "" if name == "pdu-rate" else f"{m / base:.1f}x slower"
        cpu = r["user"] + r["system"]  # means over the runs
        print(f"{name:<12}{m:>10.3f}{size / m / 1e6:>9.0f}{ratio:>14}{cpu:>8.2f}" + (f"{peaks[name]:>10.1f}" if peaks else ""))


def main():
    data, size, cores = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    mode_peaks, peer_peaks = kib(sys.argv[4]), kib(sys.argv[5])
    startup, prob80, check100 = only(data, "startup"), only(data, "probabilities-80"), only(data, "check-100")
    print()
    print(f"start-up (80 cases, embedded rules, one core): {ms(startup)}")
    for name, label in [("html", "HTML report"), ("markdown", "Markdown tables"), ("xlsx", "workbook (--format xlsx -o)")]:
        print(f"{label} (80 cases, one core): {ms(only(data, name))}")
    print(f"--probabilities (80 cases, 10000 resamples, one core): {ms(prob80)}")
    print(f"check of 100 inspections of 80 cases (one core): {ms(check100)}")

    modes = load(data, "modes")
    plain = modes["plain"]["median"]
    print()
    print("every mode on the 1,000,000 cases, one core (CPU 0)")
    # CPU seconds too: on a machine others load, a wall-clock median moves with their work.
    print(f"{'':<15}{'median s':>10}{'vs plain':>10}{'CPU s':>8}{'vs plain':>10}{'peak MiB':>10}")
    plain_cpu = modes["plain"]["user"] + modes["plain"]["system"]
    for name, r in modes.items():
        cpu = r["user"] + r["system"]
        print(f"{name:<15}{r['median']:>10.3f}{r['median'] / plain:>9.1f}x{cpu:>8.2f}{cpu / plain_cpu:>9.1f}x"
              f"{mode_peaks[name]:>10.1f}")

    one, every = load(data, "one-core"), load(data, "all-cores")
    peers_table("1,000,000 cases, each command pinned to CPU 0 (one core)", one, size, peer_peaks)
    peers_table(f"1,000,000 cases on all {cores} cores (wall clock; DuckDB and Miller use more than one)", every, size, None)

    pdu = one["pdu-rate"]["median"]
    goals = [
        ("plain: 1 GB/s or more on one core", size / pdu / 1e9, "GB/s", lambda v: v >= 1),
        ("plain: 10x DuckDB or more (one core)", one["duckdb"]["median"] / pdu, "x", lambda v: v >= 10),
        ("plain: 20x pandas or more (one core)", one["pandas"]["median"] / pdu, "x", lambda v: v >= 20),
    ]
    for name in ["by", "where", "rri", "csv", "batch", "check"]:
        goals.append((f"{name}: within 1.5x of plain", modes[name]["median"] / plain, "x", lambda v: v <= 1.5))
        goals.append((f"{name}: under 32 MB", mode_peaks[name] * 1024 * 1024 / 1e6, "MB", lambda v: v < 32))
    goals += [
        ("start-up (80 cases) under 3 ms", startup["median"] * 1000, "ms", lambda v: v < 3),
        ("check over 100 inspections under 50 ms", check100["median"] * 1000, "ms", lambda v: v < 50),
        ("--probabilities on 80 cases under 10 ms", prob80["median"] * 1000, "ms", lambda v: v < 10),
        ("--probabilities on 1,000,000 cases under 1 s", modes["probabilities"]["median"], "s", lambda v: v < 1),
    ]
    print()
    print("goals (one core):")
    for name, value, unit, met in goals:
        print(f"  {'met    ' if met(value) else 'NOT MET'} {name}: {value:.2f} {unit}")
    ratios = ", ".join(f"{n} {every[n]['median'] / every['pdu-rate']['median']:.1f}x" for n in every if n != "pdu-rate")
    print(f"  (on all cores, slower than pdu-rate: {ratios})")


if __name__ == "__main__":
    main()
