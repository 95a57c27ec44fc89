# accepted: the columns of B from zip(*B), one comprehension per row.
def matmul(A, B):
    if len(A[0]) != len(B):
        raise ValueError(f"A has {len(A[0])} columns but B has {len(B)} rows")
    columns = list(zip(*B))
    return [[sum(a * b for a, b in zip(row, col)) for col in columns] for row in A]
