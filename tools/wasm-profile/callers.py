# The callers (up to DEPTH frames, default 3) of one function in a .cpuprofile: python3 callers.py FILE NAME [DEPTH]
import json,sys,collections
p=json.load(open(sys.argv[1])); target=sys.argv[2]
nodes={n['id']:n for n in p['nodes']}
parent={}
for n in p['nodes']:
    for c in n.get('children',[]): parent[c]=n['id']
cnt=collections.Counter(p['samples']); tot=sum(cnt.values())
chains=collections.Counter()
for nid,c in cnt.items():
    if nodes[nid]['callFrame']['functionName']!=target: continue
    ch=[]; x=parent.get(nid)
    while x is not None and len(ch)<int(sys.argv[3] if len(sys.argv)>3 else 3):
        f=nodes[x]['callFrame']['functionName']
        if not f.endswith('@caller'): ch.append(f.replace('basis.engine.',''))
        x=parent.get(x)
    chains[' <- '.join(ch)]+=c
for k,v in chains.most_common(10): print('%5.1f%% %s'%(100*v/tot,k))
