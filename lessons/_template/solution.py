def my_function(x):
    """Return ..."""
    return 2 * x
