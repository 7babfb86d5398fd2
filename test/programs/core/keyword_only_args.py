# Keyword-only parameters after * and after *args.
def connect(host, *, port=80, secure=False):
    return f"{host}:{port} secure={secure}"

print(connect("example.org"))
print(connect("example.org", port=443, secure=True))
try:
    connect("example.org", 443)
except TypeError as e:
    print(e)

def log(*messages, level):
    return f"[{level}] " + " ".join(messages)

print(log("a", "b", level="INFO"))
try:
    log("a")
except TypeError as e:
    print(e)
