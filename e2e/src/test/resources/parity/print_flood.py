# Printing without end stops at the output budget with a message; the output up to there is kept.
i = 0
while True:
    print(i, "spam" * 20)
    i += 1
