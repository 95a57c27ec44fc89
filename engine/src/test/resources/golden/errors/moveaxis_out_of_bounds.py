import numpy as np

img = np.zeros((4, 5, 3))
print(np.moveaxis(img, -1, 0).shape)
print(np.moveaxis(img, 3, 0).shape)
