def broadcast_shape(a, b):
    """The shape NumPy gives a op b for arrays of shapes a and b, or ValueError."""
    pass
