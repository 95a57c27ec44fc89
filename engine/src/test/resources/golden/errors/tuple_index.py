tuple()[0]
