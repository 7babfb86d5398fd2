# exceptions crossing function calls and loops, cleanup order
def process(items):
    results = []
    for it in items:
        try:
            results.append(int(it))
        except ValueError:
            results.append(None)
            continue
        finally:
            results.append("|")
    return results
print(process(["1", "x", "3"]))
def fails_after(n):
    for i in range(n):
        yield i
    raise OSError("stream broke")
got = []
try:
    for v in fails_after(3):
        got.append(v)
except OSError as e:
    print(got, e)
class Tracker:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("open", self.name)
    def __exit__(self, *exc):
        print("close", self.name, exc[0].__name__ if exc[0] else "")
def work():
    with Tracker("a"):
        with Tracker("b"):
            raise KeyError("deep")
try:
    work()
except KeyError as e:
    print("handled", e)
def retry(times):
    attempt = 0
    while True:
        attempt += 1
        try:
            if attempt < times:
                raise ConnectionError(f"attempt {attempt}")
            return attempt
        except ConnectionError as e:
            print("retrying after", e)
print(retry(3))
count = 0
try:
    while True:
        count += 1
        if count > 4:
            raise StopIteration
except StopIteration:
    print("stopped at", count)
