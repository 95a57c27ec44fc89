# Self and inclusive time per function of a DevTools .cpuprofile: python3 top.py FILE.cpuprofile...
import json,sys,collections
for path in sys.argv[1:]:
    p=json.load(open(path))
    nodes={n['id']:n for n in p['nodes']}
    parent={}
    for n in p['nodes']:
        for c in n.get('children',[]): parent[c]=n['id']
    cnt=collections.Counter(p['samples'])
    total=sum(cnt.values())
    selfc=collections.Counter(); incl=collections.Counter()
    for nid,c in cnt.items():
        fn=nodes[nid]['callFrame']['functionName'] or '('+nodes[nid]['callFrame']['url'][-20:]+')'
        selfc[fn]+=c
        seen=set(); x=nid
        while x is not None:
            f=nodes[x]['callFrame']['functionName']
            if f not in seen: incl[f]+=c; seen.add(f)
            x=parent.get(x)
    print('==',path,'samples',total)
    print('-- self')
    for f,c in selfc.most_common(40): print('%5.1f%% %s'%(100*c/total,f))
    print('-- inclusive')
    for f,c in incl.most_common(40): print('%5.1f%% %s'%(100*c/total,f))
