# accepted: x + x is the same as 2 * x.
def my_function(x):
    return x + x
