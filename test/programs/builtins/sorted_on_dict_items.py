# sorted over dict views and with itemgetter-like keys.
scores = {"bob": 72, "amy": 95, "cat": 72, "dan": 88}
print(sorted(scores))
print(sorted(scores.items(), key=lambda kv: kv[1]))
print(sorted(scores.items(), key=lambda kv: (-kv[1], kv[0])))
print(sorted(scores.values(), reverse=True))
print([k for k, v in sorted(scores.items(), key=lambda kv: kv[1], reverse=True)][:2])
