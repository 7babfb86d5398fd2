# uncaught exception raised while handling another
class Resource:
    def close(self):
        raise RuntimeError("close failed")
def work():
    r = Resource()
    try:
        items = [1, 2, 3]
        return items[5]
    except IndexError:
        r.close()
print("start")
work()
