# accepted: plain Python loops with abs, max and math.sqrt (ints come back for int input, e.g. 9 for [0, -9, 4]).
import math

def l1_norm(v):
    total = 0
    for x in v:
        total += abs(x)
    return total

def l2_norm(v):
    return math.sqrt(sum(x * x for x in v))

def linf_norm(v):
    return max(abs(x) for x in v)
