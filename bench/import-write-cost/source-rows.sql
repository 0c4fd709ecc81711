-- 100,000 source rows for bench/import-write-cost.sh: Chinese names, hex blind indexes, sealed-looking values.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS pgcrypto;
DROP TABLE IF EXISTS src;
CREATE UNLOGGED TABLE src AS
SELECT i,
  chr((19968 + (i::bigint*7919) % 20000)::int) || chr((19968 + (i::bigint*104729) % 20000)::int) || chr(19968 + (i*31 % 20000)) AS name,
  encode(digest('id'||i,'sha256'),'hex') AS idx,
  encode(digest('sn'||i,'sha256'),'hex') AS snidx,
  encode(digest('card'||i,'sha256'),'hex') AS cardidx,
  encode(digest('gid'||i,'sha256'),'hex') AS gidx,
  encode(digest('ph'||i,'sha256'),'hex') AS phidx,
  'v1:' || encode(digest('s1'||i,'sha512'),'base64') AS sealed,
  '430626' || lpad((i%1000000)::text,6,'0') || '****' || lpad((i%10000)::text,4,'0') AS masked,
  '4306261' || lpad((1 + i % 25)::text, 2, '0') AS township
FROM generate_series(1,100000) i;
