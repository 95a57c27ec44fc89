import numpy as np

def l1_norm(v):
    pass

def l2_norm(v):
    pass

def linf_norm(v):
    pass
