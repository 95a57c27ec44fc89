def my_function(x):
    """Return ..."""
    pass
