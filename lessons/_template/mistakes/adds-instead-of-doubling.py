# mistake: it adds 2 instead of multiplying by 2, which only looks right for x = 2.
def my_function(x):
    return x + 2
