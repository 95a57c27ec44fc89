squares = (n * n for n in range(3))
print(next(squares), next(squares), next(squares))
print(next(squares))
