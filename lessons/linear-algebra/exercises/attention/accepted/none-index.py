# accepted: the row maximum and sum reshaped with [:, None], K.transpose() and np.matmul, the scale as d ** 0.5.
import numpy as np

def softmax_rows(X):
    shifted = X - np.max(X, axis=1)[:, None]
    e = np.exp(shifted)
    return e / np.sum(e, axis=1)[:, None]

def attention(Q, K, V):
    scores = np.matmul(Q, K.transpose()) / Q.shape[-1] ** 0.5
    weights = softmax_rows(scores)
    return np.matmul(weights, V)
