# mistake: the scores are Q @ K instead of Q @ K.T.
import numpy as np

def softmax_rows(X):
    e = np.exp(X - X.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)

def attention(Q, K, V):
    d = Q.shape[1]
    return softmax_rows(Q @ K / np.sqrt(d)) @ V
