# The except-as name is deleted at the end of the handler, freeing the exception.
class LoudError(Exception):
    def __del__(self):
        print("exception freed")

try:
    raise LoudError()
except LoudError as e:
    print("handling")
print("after handler")
