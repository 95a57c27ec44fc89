z = complex("1 + 2j")
