# SOLUTION_MARKER_7f3a: never sent to a browser
def add(a, b):
    return [x + y for x, y in zip(a, b)]
