import numpy as np

scores = np.array([55, 70, 85, 90])
print(np.percentile(scores, 90))
print(np.percentile(scores, [50, 101]))
