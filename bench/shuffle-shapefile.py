#!/usr/bin/env python3
# Writes a shapefile with the records of another in a seeded random order (.shp/.shx/.dbf permuted together,
# .cpg/.prj copied): an import in arbitrary record order, as an export sorted by owner or code would be.
# usage: bench/shuffle-shapefile.py SRC_BASENAME DST_BASENAME   (without .shp; seed 5)
import struct, random, sys, shutil
src, dst = sys.argv[1], sys.argv[2]
shx = open(src + '.shx', 'rb').read(); shp = open(src + '.shp', 'rb').read(); dbf = open(src + '.dbf', 'rb').read()
n = (len(shx) - 100) // 8
perm = list(range(n)); random.Random(5).shuffle(perm)
hdr_len, rec_len = struct.unpack('<HH', dbf[8:12])
nrec = struct.unpack('<I', dbf[4:8])[0]; assert nrec == n
out_shp = bytearray(shp[:100]); out_shx = bytearray(shx[:100]); out_dbf = bytearray(dbf[:hdr_len])
for k, i in enumerate(perm):
    off, clen = struct.unpack('>ii', shx[100 + 8 * i:108 + 8 * i])
    rec = shp[off * 2 + 8: off * 2 + 8 + clen * 2]
    out_shx += struct.pack('>ii', len(out_shp) // 2, clen)
    out_shp += struct.pack('>ii', k + 1, clen) + rec
    out_dbf += dbf[hdr_len + i * rec_len: hdr_len + (i + 1) * rec_len]
out_dbf += dbf[hdr_len + n * rec_len:]
open(dst + '.shp', 'wb').write(out_shp); open(dst + '.shx', 'wb').write(out_shx); open(dst + '.dbf', 'wb').write(out_dbf)
for e in ('.cpg', '.prj'): shutil.copy(src + e, dst + e)
