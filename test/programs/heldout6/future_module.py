# the __future__ module and its feature records
from __future__ import division, generators, annotations
import __future__
print(division, annotations)
print(__future__.all_feature_names[:3], __future__.CO_FUTURE_ANNOTATIONS, annotations.getMandatoryRelease())
print(1 / 2, 7 // 2)
def f(x: int) -> str:
    return str(x)
print(f.__annotations__, f(3))
