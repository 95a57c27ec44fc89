# A loop that never ends stops on its line with TimeoutError (step budget, the same on both sides);
# no except clause can swallow it.
count = 0
try:
    while True:
        count += 1
except BaseException:
    print("swallowed")
