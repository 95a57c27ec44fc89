import numpy as np

def softmax_rows(X):
    """Each row of X turned into probabilities (numerically stable)."""
    X = np.asarray(X, dtype=float)
    e = np.exp(X - X.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)

def attention(Q, K, V):
    """softmax(Q K^T / sqrt(d_k)) V."""
    Q = np.asarray(Q, dtype=float)
    K = np.asarray(K, dtype=float)
    scores = Q @ K.T / np.sqrt(Q.shape[1])
    return softmax_rows(scores) @ np.asarray(V, dtype=float)
