# graph algorithms: BFS, DFS, topological sort, Dijkstra with a manual priority queue
from collections import deque
graph = {"a": ["b", "c"], "b": ["d"], "c": ["d", "e"], "d": ["f"], "e": ["f"], "f": []}
def bfs(start):
    seen, order, q = {start}, [], deque([start])
    while q:
        node = q.popleft()
        order.append(node)
        for nxt in graph[node]:
            if nxt not in seen:
                seen.add(nxt)
                q.append(nxt)
    return order
def dfs(node, seen=None):
    seen = [] if seen is None else seen
    seen.append(node)
    for nxt in graph[node]:
        if nxt not in seen:
            dfs(nxt, seen)
    return seen
def topo():
    indeg = {n: 0 for n in graph}
    for n in graph:
        for m in graph[n]:
            indeg[m] += 1
    ready = sorted(n for n in graph if indeg[n] == 0)
    out = []
    while ready:
        n = ready.pop(0)
        out.append(n)
        for m in graph[n]:
            indeg[m] -= 1
            if indeg[m] == 0:
                ready.append(m)
                ready.sort()
    return out
print(bfs("a"), dfs("a"), topo())
weights = {("a", "b"): 4, ("a", "c"): 1, ("c", "b"): 2, ("b", "d"): 5, ("c", "d"): 8, ("d", "f"): 3, ("c", "e"): 10, ("e", "f"): 1}
def dijkstra(src):
    dist = {src: 0}
    pq = [(0, src)]
    while pq:
        pq.sort()
        d, n = pq.pop(0)
        if d > dist.get(n, float("inf")):
            continue
        for m in graph[n]:
            nd = d + weights[(n, m)]
            if nd < dist.get(m, float("inf")):
                dist[m] = nd
                pq.append((nd, m))
    return dict(sorted(dist.items()))
print(dijkstra("a"))
