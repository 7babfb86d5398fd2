# __class_getitem__ makes Class[...] work.
class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__ if isinstance(item, type) else item}]"

print(Box[int], Box["x"], Box[str])
print(list[int], dict[str, int], type(list[int]).__name__)
print(list[int]([1, 2]))
try:
    object[int]
except TypeError as e:
    print(e)
