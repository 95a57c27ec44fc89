# accepted: softmax one row at a time in a loop, and Q scaled by 1/√d_k before the product.
import numpy as np

def softmax_rows(X):
    X = np.array(X, dtype=float)
    out = np.zeros(X.shape)
    for i in range(X.shape[0]):
        row = np.exp(X[i] - np.max(X[i]))
        out[i] = row / np.sum(row)
    return out

def attention(Q, K, V):
    d_k = K.shape[1]
    return softmax_rows((Q / np.sqrt(d_k)) @ K.T) @ V
