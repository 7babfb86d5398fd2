# An exception raised in __del__ is printed as "Exception ignored" and execution continues.
class Bad:
    def __del__(self):
        raise ValueError("error inside __del__")

b = Bad()
del b
print("still running")
