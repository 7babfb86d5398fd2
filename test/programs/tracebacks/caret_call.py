# 3.11 fine-grained positions: carets under the failing call.
def get_length(obj):
    return len(obj)

result = get_length([1, 2]) + get_length(None)
