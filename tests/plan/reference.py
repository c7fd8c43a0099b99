"""An independent implementation, in Python's standard library only, of what pdu-rate plan and
sample compute (README, "Planning a sample" and "Drawing the sample"): the sample size and
margin formulas, the exact binomial band probabilities (math.comb and fractions, no floating
point in the band test), the largest-remainder allocation, SplitMix64 and the stratified draw.
check_plan.py compares pdu-rate's output with it."""
from fractions import Fraction
from math import ceil, comb, sqrt
from statistics import NormalDist

M64 = (1 << 64) - 1


def z(level):
    return NormalDist().inv_cdf(0.5 + level / 200)


def sample_size(margin, level, population):
    n0 = z(level) ** 2 * 0.25 / (margin / 100) ** 2
    n = n0 / (1 + (n0 - 1) / population)
    return n0, n, max(1, min(population, ceil(n - 1e-9)))


def margin(n, population, level):
    if n >= population:
        return 0.0
    return 100 * z(level) * sqrt(0.25 / n * (population - n) / (population - 1))


def band(k, n, mins, comparison):
    """The index of the band of k/n among bands starting at `mins` percent (ascending)."""
    result = 0
    for i, m in enumerate(mins):
        if comparison == "exact":
            reached = Fraction(100 * k, n) >= m
        else:  # rounded half-up to a whole percent
            reached = (200 * k + n) // (2 * n) >= m
        if reached:
            result = i
    return result


def band_of_percent(p, mins, comparison):
    result = 0
    for i, m in enumerate(mins):
        if p >= (m if comparison == "exact" else m - 0.5):
            result = i
    return result


def band_probability(n, percent, mins, comparison):
    truth = band_of_percent(percent, mins, comparison)
    p = percent / 100
    same = lower = higher = 0.0
    for k in range(n + 1):
        pk = comb(n, k) * p ** k * (1 - p) ** (n - k)
        b = band(k, n, mins, comparison)
        if b == truth:
            same += pk
        elif b < truth:
            lower += pk
        else:
            higher += pk
    return truth, same, lower, higher


def allocate(n, sizes):
    total = sum(sizes)
    out = [n * s // total for s in sizes]
    rem = [n * s % total for s in sizes]
    left = n - sum(out)
    for i in sorted(range(len(sizes)), key=lambda i: -rem[i])[:left]:  # sorted is stable: ties by order
        out[i] += 1
    for i, s in enumerate(sizes):
        if s > 0 and out[i] == 0:
            j = max(range(len(out)), key=lambda j: (out[j], -j))
            out[j] -= 1
            out[i] += 1
    return out


class SplitMix64:
    def __init__(self, seed):
        self.state = seed

    def __call__(self):
        self.state = (self.state + 0x9E3779B97F4A7C15) & M64
        x = self.state
        x = ((x ^ (x >> 30)) * 0xBF58476D1CE4E5B9) & M64
        x = ((x ^ (x >> 27)) * 0x94D049BB133111EB) & M64
        return x ^ (x >> 31)


def bounded(gen, n):
    limit = M64 - M64 % n
    while True:
        r = gen()
        if r < limit:
            return r % n


def stratified_sample(strata_values, n, seed):
    """Indices (ascending) of the cases drawn; the strata in order of first appearance."""
    order, members = [], {}
    for i, v in enumerate(strata_values):
        if v not in members:
            order.append(v)
            members[v] = []
        members[v].append(i)
    alloc = allocate(n, [len(members[v]) for v in order])
    gen = SplitMix64(seed)
    chosen = []
    for v, k in zip(order, alloc):
        m = members[v][:]
        for i in range(k):
            j = i + bounded(gen, len(m) - i)
            m[i], m[j] = m[j], m[i]
        chosen += m[:k]
    return sorted(chosen), order, alloc
