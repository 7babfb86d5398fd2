# Frame objects link to their callers through f_back.
import sys

def level(n):
    if n == 0:
        frames = []
        fr = sys._getframe()
        while fr is not None:
            frames.append((fr.f_code.co_name, fr.f_lineno))
            fr = fr.f_back
        return frames
    return level(n - 1)

for entry in level(3):
    print(entry)
