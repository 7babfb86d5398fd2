# A class attribute is held by the class __dict__.
import sys
shared = ["config"]

class Settings:
    data = shared

print(sys.getrefcount(shared))
s1, s2 = Settings(), Settings()
print(sys.getrefcount(shared))
x = s1.data
print(sys.getrefcount(shared))
del Settings.data
print(sys.getrefcount(shared))
